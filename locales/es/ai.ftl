# annexa: política de IA y evaluaciones de impacto de los sistemas de IA (español).

## Evaluación de impacto de un sistema de IA (ai-impact-assessment.md)

aiia-title = Evaluación de impacto del sistema de IA: { $name }
aiia-subtitle = ISO/IEC 42001:2023 apartados 6.1.4 y 8.4, controles A.5.2 a A.5.5; estructurada según ISO/IEC 42005:2025
aiia-assessment-status = Estado de la evaluación
aiia-status-approved = Completada y aprobada
aiia-status-recorded = Impactos registrados, aprobación pendiente
aiia-status-in-progress-recorded = En curso: impactos registrados, aprobación pendiente
aiia-status-in-progress = En curso: impactos por registrar
aiia-status-template = Plantilla: por completar
aiia-assessor = Evaluador
aiia-assessment-date = Fecha de la evaluación
aiia-approval-in-section = La aprobación de esta evaluación consta en la sección 11.
aiia-scope-heading = 1. Alcance de la evaluación
aiia-scope-roles = Esta evaluación abarca las posibles consecuencias de { $name } para las personas, los grupos de personas y la sociedad, a lo largo de su ciclo de vida y en el contexto técnico, social y jurídico en que la organización lo desarrolla, suministra o utiliza en su condición de { $roles }. Sus resultados alimentan la evaluación de riesgos de IA (apartado 6.1.2) y se ponen a disposición de las partes interesadas cuando procede (control A.5.3).
aiia-scope-used = Esta evaluación abarca las posibles consecuencias de { $name } para las personas, los grupos de personas y la sociedad, a lo largo de su ciclo de vida y en el contexto técnico, social y jurídico en que se utiliza. Sus resultados alimentan la evaluación de riesgos de IA (apartado 6.1.2) y se ponen a disposición de las partes interesadas cuando procede (control A.5.3).
aiia-lifecycle = Fase del ciclo de vida
aiia-org-role = Función de la organización
aiia-jurisdictions = Jurisdicciones
aiia-jurisdictions-hint = dónde se suministra o utiliza el sistema
aiia-system-owner = Responsable del sistema
aiia-system-heading = 2. El sistema de IA
aiia-purpose = Finalidad y uso previsto.
aiia-description-hint = Qué hace el sistema, cómo se utilizan sus resultados y el contexto de despliegue.
aiia-intended-users = Usuarios previstos.
aiia-misuse = Uso indebido razonablemente previsible.
aiia-misuse-hint = Formas en que el sistema podría usarse de manera distinta a la prevista, de forma deliberada o por error, y qué se derivaría de ello.
aiia-autonomy = Nivel de autonomía.
aiia-data-heading = 3. Datos
aiia-data-hint = Los datos utilizados para desarrollar, operar y supervisar el sistema: datos de entrenamiento, de entrada y de salida.
aiia-data-managed = La procedencia, la calidad y la representatividad de estos datos se gestionan mediante los controles A.7.2 a A.7.6; la sección 8 indica su estado.
aiia-data-quality-hint = Para cada conjunto de datos: su procedencia, su calidad y en qué medida representa a las personas a las que afecta el sistema; las carencias conocidas y sus consecuencias (controles A.7.2 a A.7.6).
aiia-models-heading = 4. Algoritmos y modelos
aiia-models-hint = Los algoritmos y modelos, cómo se eligieron, entrenaron, verificaron y validaron, y sus limitaciones conocidas.
aiia-parties-heading = 5. Partes interesadas afectadas
aiia-directly-affected = Afectados directamente
aiia-users = Usuarios del sistema
aiia-vulnerable = Grupos vulnerables
aiia-vulnerable-hint = grupos que podrían sufrir un perjuicio mayor o tener menos capacidad para oponerse
aiia-scale-heading = 6. Escala de valoración
aiia-scale-text = Cada impacto perjudicial se valora según su probabilidad y su gravedad; la valoración es probabilidad × gravedad (1 a 25). Bajo es de 1 a 4, Medio de 5 a 9, Alto de 10 a 16 y Muy alto de 17 a 25. Un impacto alto o muy alto requiere medidas aprobadas por quien aprueba la evaluación antes de desplegar o modificar el sistema.
aiia-score = Puntuación
aiia-severity = Gravedad
aiia-impacts-heading = 7. Impactos
aiia-impacts-caption = Impactos de { $name }: { $n } evaluados
aiia-impacts-caption-blank = Impactos de { $name }: por evaluar
aiia-dimension = Dimensión
aiia-affected = Afectados
aiia-rating = Valoración
aiia-measures = Medidas
aiia-impacts-hint = Registre cada impacto real o razonablemente previsible, beneficioso o perjudicial, en cada una de las dimensiones siguientes; valore los perjudiciales en la escala anterior e indique las medidas y los controles que las llevan a cabo.
aiia-measures-heading = 8. Medidas y controles de ISO/IEC 42001 que las llevan a cabo
aiia-measures-intro = Los controles del objetivo A.5 y los que la declaración de aplicabilidad vincula a { $name }, con las decisiones que allí constan.
aiia-measures-intro-blank = Los controles del objetivo A.5 y los que la declaración de aplicabilidad vincula a { $name }, con sus decisiones.
aiia-measures-hint = Los controles que llevan a cabo las medidas anteriores, con su estado y su responsable.
aiia-oversight-heading = 9. Supervisión humana
aiia-monitoring-heading = 10. Seguimiento y revisión
aiia-review-next = Esta evaluación se revisará a más tardar el { $date }, y antes si ocurre alguna de estas circunstancias:
aiia-review-planned = Esta evaluación se revisa a intervalos planificados ({ $todo } el intervalo) y cuando ocurre alguna de estas circunstancias:
aiia-review-triggers =
    - un cambio importante en el modelo, sus datos de entrenamiento o sus variables, o un reentrenamiento;
    - un nuevo uso previsto, grupo de usuarios, grupo afectado o jurisdicción;
    - un incidente grave, una serie de quejas o recursos, o un seguimiento que muestre deriva o resultados desiguales;
    - un cambio en la legislación o en las directrices aplicables al sistema;
    - un cambio de un proveedor o componente del que depende el sistema.
aiia-monitoring-hint = Las medidas y umbrales de seguimiento propios de este sistema, quién los vigila y con qué frecuencia.
aiia-approval-heading = 11. Aprobación
aiia-approver-hint = el cargo que la aprobó

## Política de IA (ai-policy.md)

policy-title = Política de IA
policy-title-heading = Política de IA
policy-subtitle = política del sistema de gestión de la IA (ISO/IEC 42001:2023, apartado 5.2)
policy-purpose-heading = 1. Finalidad
policy-purpose-roles = { $org } desarrolla, suministra o utiliza sistemas de IA, en estas funciones: { $roles }. Esta política establece la orientación de la alta dirección para esa actividad: los principios que sigue, cómo se fijan los objetivos de IA y los compromisos de cumplir los requisitos aplicables y de mejorar continuamente el sistema de gestión de la IA. Se aplica junto con el sistema de gestión de seguridad de la información: ambos funcionan con un mismo conjunto de procesos del sistema de gestión (capítulos 4 a 10).
policy-purpose = { $org } desarrolla, suministra o utiliza sistemas de IA. Esta política establece la orientación de la alta dirección para esa actividad: los principios que sigue, cómo se fijan los objetivos de IA y los compromisos de cumplir los requisitos aplicables y de mejorar continuamente el sistema de gestión de la IA. Se aplica junto con el sistema de gestión de seguridad de la información: ambos funcionan con un mismo conjunto de procesos del sistema de gestión (capítulos 4 a 10).
policy-purpose-hint = Cómo la IA sirve a la finalidad y la estrategia de la organización, y los valores, la cultura, el entorno de riesgo y el marco jurídico que refleja esta política. Redáctelo con las palabras de la alta dirección.
policy-scope-heading = 2. Alcance
policy-scope-hint = Los límites del sistema de gestión de la IA: qué sistemas de IA, actividades, centros y funciones abarca.
policy-systems-caption = Sistemas de IA incluidos en el alcance: { $n }
policy-purpose-col = Finalidad
policy-systems-hint = Enumere los sistemas de IA incluidos en el alcance (nombre, finalidad, función de la organización, fase del ciclo de vida, responsable).
policy-principles-heading = 3. Principios
policy-principles-intro = En su trabajo con IA, { $org } sigue estos principios:
policy-principles-hint = Los principios que guían el trabajo de la organización con IA, con sus propias palabras, y qué significa cada uno en la práctica: por ejemplo equidad, transparencia y explicabilidad, supervisión humana, privacidad, seguridad, rendición de cuentas y respeto de los derechos humanos. Que sean pocos y verificables.
policy-objectives-heading = 4. Marco para fijar los objetivos de IA
policy-objectives-text = La alta dirección y la función de gobierno de la IA fijan los objetivos de IA en la revisión por la dirección, de forma coherente con esta política y con los resultados de la evaluación de riesgos de IA y de las evaluaciones de impacto de los sistemas de IA. Cada objetivo indica qué se logrará, para cuándo, quién es responsable y cómo se mide su logro; el avance se supervisa y se informa en la revisión por la dirección, y los objetivos se revisan cuando cambian el contexto o los riesgos (apartado 6.2).
policy-objectives-current = Objetivos de IA vigentes:
policy-objectives-hint = Los objetivos de IA vigentes, o dónde constan: cada uno medible, con un responsable y una fecha.
policy-requirements-heading = 5. Compromiso de cumplir los requisitos aplicables
policy-requirements-text = La alta dirección se compromete a cumplir los requisitos aplicables a los sistemas de IA de la organización: obligaciones legales y reglamentarias, compromisos contractuales con los clientes y los requisitos del propio sistema de gestión de la IA. Cuando un requisito y un objetivo de negocio entren en conflicto, prevalece el requisito y el conflicto se eleva a la alta dirección.
policy-requirement-controls = Los controles de ISO/IEC 42001 aplicados por un requisito legal, reglamentario o contractual son { $controls }; cada fila de la declaración de aplicabilidad indica el requisito en su justificación.
policy-requirements-hint = Los requisitos legales, reglamentarios y contractuales aplicables a los sistemas de IA de la organización.
policy-requirements-hint-blank = Los requisitos legales, reglamentarios y contractuales aplicables a los sistemas de IA de la organización, y los controles que los cumplen.
policy-improvement-heading = 6. Compromiso de mejora continua
policy-improvement-text = La alta dirección se compromete a mejorar continuamente la idoneidad, la adecuación y la eficacia del sistema de gestión de la IA: mediante la auditoría interna, la revisión por la dirección, el seguimiento de los sistemas de IA en operación y las acciones correctivas ante no conformidades e incidentes (capítulos 9 y 10).
policy-improvement-figures = De los { $applicable } controles aplicables de ISO/IEC 42001, { $implemented } están implementados, { $partial } parcialmente implementados, { $planned } planificados y { $not_implemented } no implementados (declaración de aplicabilidad { $id }, versión { $version }); los pendientes se siguen hasta su fecha objetivo.
policy-related-heading = 7. Relación con otras políticas
policy-related-text = Esta política complementa las demás políticas de la organización en lugar de repetirlas (control A.2.3). Cuando la IA plantea cuestiones de seguridad de la información, privacidad, calidad o ética, la política de esa materia se aplica junto con esta.
policy-related-hint = Enumere por referencia las políticas relacionadas: seguridad de la información, protección de datos y privacidad, uso aceptable, gestión de proveedores, calidad, ética o código de conducta.
policy-roles-heading = 8. Funciones y responsabilidades
policy-roles-text = La alta dirección es la propietaria de esta política y del sistema de gestión de la IA. Los responsables indicados a continuación rinden cuentas de los controles aplicables de ISO/IEC 42001, tal como los registra la declaración de aplicabilidad (control A.3.2).
policy-roles-hint = Las funciones que rinden cuentas del sistema de gestión de la IA y de sus controles.
policy-communication-heading = 9. Comunicación y disponibilidad
policy-communication-hint = Cómo se comunica la política a todas las personas que trabajan bajo el control de la organización (acogida, formación, intranet) y cómo se pone a disposición de las partes interesadas, como clientes, usuarios y autoridades (control A.8.5).
policy-exceptions-heading = 10. Desviaciones y excepciones
policy-exceptions-hint = Cómo se solicita una desviación de esta política, cómo se evalúa su riesgo, quién la aprueba, cómo se limita en el tiempo y se registra, y cómo se comunican las inquietudes (control A.3.3).
policy-review-heading = 11. Revisión
policy-review-text = Esta política se revisa a intervalos planificados y siempre que cambien de forma significativa los sistemas de IA de la organización, su contexto o los requisitos aplicables (control A.2.4). Una revisión que modifica la política da lugar a una nueva versión, que consta en el historial de revisiones y aprueba la alta dirección.
policy-planned-interval = Intervalo planificado:
policy-next-review = Próxima revisión:
policy-annex-heading = Anexo: las decisiones sobre ISO/IEC 42001 en las que se basa esta política
policy-annex-blank = Copie cada decisión de la declaración de aplicabilidad.
policy-annex-from = Según la declaración de aplicabilidad { $id }, versión { $version }.
policy-annex-caption = { $standard }: decisiones sobre el Anexo A
