# annexa: declaración de aplicabilidad, plan de tratamiento de riesgos, matriz del sistema de
# gestión y registro de cambios (español).

## Declaración de aplicabilidad (soa.md)

soa-title = Declaración de aplicabilidad
soa-documents-of-set = Documentos de este conjunto
soa-documents-of-set-intro = Cada documento del conjunto tiene su propio código, versión y aprobación; los demás lo citan tal como se indica aquí.
soa-document = Documento
soa-this-document = (este documento)
soa-isms = Sistema de gestión de seguridad de la información
soa-aims = Sistema de gestión de la inteligencia artificial
soa-ai-roles = Funciones de la organización respecto a la IA:
soa-both-standards =
    Ambas normas comparten un único sistema de gestión: los capítulos 4 a 10 (contexto,
    liderazgo, planificación, apoyo, operación, evaluación del desempeño y mejora) se aplican una
    sola vez, con los dos alcances indicados arriba. Esta declaración abarca los controles del
    Anexo A de ambas normas; cada identificador de control lleva el prefijo de su norma, porque
    los dos anexos usan los mismos números para controles distintos.
soa-management-system = Sistema de gestión
soa-ms-paired = Los capítulos 4 a 10 de { $standards } se emparejan por número de apartado: { $rows } números de apartado, { $shared } comunes a las normas y { $specific } propios de una sola norma
soa-ms-follows = El sistema de gestión sigue los { $rows } apartados de { $standard }.
soa-ms-none-recorded = Aún no se ha registrado ningún proceso, responsable ni evidencia para ningún apartado.
soa-ms-covered = La organización registra un proceso, un responsable y evidencias para cada apartado; { $covered } de { $rows } están cubiertos
soa-ms-not-yet = , y estos aún no lo están (o no para todas las normas):
soa-ms-matrix-is = La matriz, apartado por apartado, es el documento { $id } (*Sistema de gestión integrado*).
soa-ms-table-caption = Apartados del sistema de gestión por capítulo
soa-summary-blank = Rellene las cifras cuando se haya decidido cada control.
soa-summary-decided = Controles decididos: { $n }
soa-summary-applicable = Aplicables: { $n } (implementados { $implemented }, parcialmente implementados { $partial }, planificados { $planned }, no implementados { $not_implemented })
soa-summary-excluded = Excluidos, con justificación: { $n }
soa-summary-additional = Controles adicionales fuera de los catálogos: { $n }
soa-summary-caption = Controles por norma y
soa-group-in-caption = { $label }
soa-standard = Norma
soa-group = Grupo
soa-all = Total
soa-all-standards = Todas las normas
soa-changes-since = Cambios desde la versión { $version }
soa-changes-intro = Qué ha cambiado en las decisiones en que se basa esta declaración desde la versión { $version } ({ $date }) hasta esta versión, calculado a partir de los dos archivos de decisiones.
soa-legend-heading = Cómo leer esta declaración
soa-legend =
    Cada control de los catálogos incluidos aparece una sola vez, con su decisión. **Aplicable**
    indica si el control es necesario. Los **motivos** indican por qué se incluye: *legal*
    (requisito legal o reglamentario), *contractual* (requisito contractual), *riesgo* (la
    evaluación de riesgos, con los identificadores de los riesgos listados en Referencias de
    riesgos) o *negocio* (requisito de negocio o buena práctica). La **justificación** explica la
    inclusión o, para un control excluido, por qué no es necesario. El **estado** es
    {"*"}implementado*, *parcialmente implementado*, *planificado* (con su fecha objetivo) o *no
    implementado* (con el motivo), seguido de la fecha de la última revisión del control. Los
    títulos de los controles son los títulos breves de las normas; no se reproduce su texto.
soa-group-controls = { $n ->
        [1] 1 control
       *[other] { $n } controles
    }
soa-group-applicable = { $n ->
        [1] 1 aplicable
       *[other] { $n } aplicables
    }
soa-control-text = Texto del control:
soa-ai-systems = Sistemas de IA:
soa-ai-systems-label = Sistemas de IA
soa-impact-assessments = Evaluaciones de impacto:
soa-related-heading = Controles relacionados entre las normas
soa-related-intro = para cada control, los controles que lo apoyan, con la decisión que esta declaración registra para cada uno.
soa-related-source = Fuente:
soa-related-count = { $related } de los { $controls } controles siguientes { $related ->
        [1] tiene
       *[other] tienen
    } controles relacionados.
soa-related-flagged = **{ $n } { $n ->
        [1] está señalado
       *[other] están señalados
    }**: aplicable, aunque todos los controles relacionados están excluidos.
soa-related-none-flagged = Ninguno es aplicable mientras todos sus controles relacionados están excluidos.
soa-related-caption = Controles relacionados: { $controls } controles, { $related } con controles relacionados
soa-related-decisions = Controles relacionados y sus decisiones
soa-related-how = Cómo lo apoyan
soa-related-to-decide = por decidir
soa-related-no-counterpart = Ninguno: sin equivalente en la correspondencia
soa-related-flag = Aviso: todos los controles relacionados están excluidos.
soa-additional-heading = Controles adicionales
soa-additional-intro = Controles que el tratamiento de riesgos ha hecho necesarios y que no figuran en ninguno de los dos Anexos A.
soa-risks-heading = Referencias de riesgos
soa-risks-intro =
    Los riesgos de la evaluación de riesgos que citan los motivos anteriores. Cómo se trata cada
    uno, su valoración antes y después del tratamiento y la aceptación del riesgo residual figuran
    en el plan de tratamiento de riesgos,
soa-risk = Riesgo
soa-risk-description = Descripción
soa-risk-treatment = Tratamiento
soa-risk-after = Tras el tratamiento
soa-risk-cited-by = Citado por
soa-risk-accepted = aceptado
soa-risk-not-accepted = no aceptado

## Plan de tratamiento de riesgos (risk-treatment-plan.md)

rtp-title = Plan de tratamiento de riesgos
rtp-purpose = Finalidad
rtp-purpose-text =
    Este plan registra, para cada riesgo del registro de riesgos, la opción de tratamiento elegida,
    los controles que la llevan a cabo, las acciones pendientes y el riesgo residual con quién lo ha
    aceptado, tal como exige el apartado 6.1.3 de { $standards }. Los controles de un riesgo no se
    introducen dos veces: son los controles cuyos motivos en la declaración de aplicabilidad citan
    el riesgo, con el estado que esa declaración registra.
rtp-purpose-date =
    El retraso de una acción o de un control se
    valora a { $date }, fecha de la declaración de aplicabilidad.
rtp-criteria = Criterios de riesgo
rtp-criteria-blank = [Por completar] Sustituya las escalas, los niveles y el umbral de aceptación siguientes por los criterios de riesgo propios de la organización (`risk_criteria:` en el archivo de decisiones). Estos son los valores por defecto de annexa.
rtp-criteria-default =
    La organización no ha registrado criterios de riesgo propios; los riesgos se valoran con las
    escalas 5 × 5 por defecto de annexa que figuran a continuación
rtp-criteria-default-ai = , las mismas que las de las evaluaciones de impacto de los sistemas de IA
rtp-likelihood-scale = Escala de probabilidad
rtp-impact-scale = Escala de impacto
rtp-step = Nivel
rtp-likelihood = Probabilidad
rtp-impact = Impacto
rtp-meaning = Significado
rtp-matrix-intro = El nivel de un riesgo se lee en la matriz de riesgos: probabilidad en vertical, impacto en horizontal.
rtp-matrix = Matriz de riesgos
rtp-score-sum = La puntuación de un riesgo es probabilidad + impacto; su nivel es el tramo en que cae la puntuación.
rtp-score-product = La puntuación de un riesgo es probabilidad × impacto; su nivel es el tramo en que cae la puntuación.
rtp-levels-caption = Niveles de riesgo y aceptación
rtp-level = Nivel
rtp-scores = Puntuaciones
rtp-residual-at-level = Riesgo residual en este nivel
rtp-needs-acceptance = Requiere una aceptación registrada
rtp-within-criteria = Dentro de los criterios de aceptación
rtp-acceptance-criteria =
    {"*"}*Criterios de aceptación:** un riesgo residual hasta **{ $level }** inclusive está dentro de
    los criterios y queda aceptado por su propietario con este plan; por encima, un riesgo solo
    permanece en el plan con una aceptación registrada: quién lo aceptó, cuándo y dónde consta.
rtp-summary-blank = [Por completar] Las cifras y los mapas de calor se obtienen del registro una vez evaluados los riesgos. (annexa los calcula a partir de un archivo de decisiones.)
rtp-summary-risks = Riesgos en el registro: { $n } ({ $security } de seguridad de la información, { $ai } de IA)
rtp-summary-treatment = Tratamiento: { $modify } mitigar, { $retain } retener, { $avoid } evitar, { $share } compartir
rtp-summary-undecided = { $n } aún sin decidir
rtp-summary-residual = Riesgo residual: { $within } dentro de los criterios de aceptación, { $above } por encima ({ $accepted } con aceptación registrada)
rtp-summary-unrated = { $n } sin valorar
rtp-summary-actions = Acciones: { $n }, de las cuales { $open } abiertas y { $overdue } vencidas
rtp-summary-late = Controles que tratan un riesgo y han superado su fecha objetivo: { $n }
rtp-by-level-caption = Riesgos por nivel, antes y después del tratamiento
rtp-before = Antes del tratamiento
rtp-glance-caption = El registro de un vistazo
rtp-acceptance = Aceptación
rtp-not-rated = Sin valorar
rtp-not-decided = Sin decidir
rtp-within-criteria-short = Dentro de los criterios
rtp-not-recorded = No registrada
rtp-attention = Acciones vencidas y controles con retraso
rtp-as-of = A fecha de { $date }, fecha de este plan.
rtp-overdue-caption = Acciones que vencían antes del { $date } y no se han realizado: { $n }
rtp-action = Acción
rtp-due = Vencimiento
rtp-state = Situación
rtp-no-overdue = Ninguna acción está vencida: todas las acciones con vencimiento hasta esta fecha están realizadas o canceladas.
rtp-late-caption = Controles que tratan un riesgo y han superado su fecha objetivo: { $n }
rtp-target-date = Fecha objetivo
rtp-risks = Riesgos
rtp-no-late = Ningún control que trate un riesgo ha superado su fecha objetivo.
rtp-by-risk = Tratamiento, riesgo por riesgo
rtp-blank-heading = [ID del riesgo] [Título del riesgo]
rtp-blank-what = [Por completar] Qué podría ocurrir, a qué, y por qué.
rtp-kind = Tipo
rtp-risk-owner = Propietario del riesgo
rtp-rationale = Justificación
rtp-blank-kind = [Seguridad de la información o IA]
rtp-blank-owner = [Cargo del responsable]
rtp-blank-ai-systems = [Para un riesgo de IA: los sistemas de IA afectados]
rtp-blank-rating = [Probabilidad × impacto, nivel]
rtp-blank-treatment = [Mitigar, retener, evitar o compartir]
rtp-blank-rationale = [Por qué esta opción]
rtp-blank-acceptance = [Por encima del umbral de aceptación: aceptado por, fecha, referencia]
rtp-blank-date = [DD/MM/AAAA]
rtp-blank-controls-caption = Controles que tratan el riesgo (según la declaración de aplicabilidad)
rtp-blank-control-id = [ID del control]
rtp-blank-title = [Título]
rtp-blank-status = [Estado]
rtp-actions = Acciones
rtp-blank-id = [ID]
rtp-blank-action = [Qué se hará]
rtp-blank-state = [Abierta, en curso, realizada o cancelada]
rtp-within-acceptance = dentro de los criterios de aceptación
rtp-above-acceptance = por encima de los criterios de aceptación
rtp-accepted-by = Aceptado por { $by } el { $date }
rtp-accepted-by-owner = Dentro de los criterios: aceptado por el propietario del riesgo con este plan
rtp-none-recorded = No consta
rtp-treating-caption = Controles que tratan { $id } (según la declaración de aplicabilidad): { $n }
rtp-past-target = fecha objetivo superada
rtp-no-control-cites = Ningún control de la declaración de aplicabilidad cita { $id }.
rtp-actions-for = Acciones para { $id }: { $n }
rtp-overdue = vencida

## Sistema de gestión integrado (management-system.md)

ms-title = Sistema de gestión integrado
ms-subtitle-several = capítulos 4 a 10 de { $standards }, aplicados como un único sistema de gestión
ms-subtitle-one = capítulos 4 a 10 de { $standards } y cómo los cumple la organización
ms-reading-heading = Cómo leer esta matriz
ms-reading-several =
    Cada fila corresponde a un número de apartado, con el título del apartado de ese número en cada
    norma, uno junto a otro. **Los apartados se emparejan por número.** Las normas siguen la misma
    estructura armonizada, de modo que un número que existe en más de una es una sola fila, aunque
    los títulos difieran para nombrar el objeto de cada norma. Ese apartado es
    {"*"}*común**: un mismo elemento del sistema de gestión al servicio de todos los alcances, aunque
    la organización puede registrar un proceso distinto por norma. Un número que solo tiene una
    norma es **propio** de ella y no tiene equivalente en la otra
ms-reading-here = : aquí
ms-reading-one = Cada fila corresponde a un apartado de { $standard }.
ms-reading-process =
    El proceso, el responsable y las evidencias son el registro propio de la organización sobre
    cómo cumple cada apartado. Un apartado sin entrada propia queda cubierto por la entrada de su
    apartado superior (una entrada para 9.2 cubre 9.2.1 y 9.2.2), y un apartado de encabezado
    queda cubierto cuando lo están todos sus subapartados. Los títulos de los apartados son los
    títulos breves de las normas; no se reproduce su texto.
ms-pair-caption = Números de apartado y su emparejamiento
ms-clause = Apartado
ms-clauses = Apartados
ms-clause-numbers = Números de apartado
ms-clauses-of = Apartados de { $standard }
ms-shared = Comunes
ms-specific = Propios de una norma
ms-covered = Cubiertos
ms-not-covered = Sin cubrir
ms-rows-one = { $n } apartados y subapartados de { $standard }.
ms-covered-caption-several = Cobertura de los números de apartado
ms-covered-caption-one = Cobertura de los apartados
ms-own-process = Proceso propio registrado
ms-by-parent = Cubierto por el apartado superior
ms-by-subclauses = Cubierto por los subapartados
ms-one-standard-only = Registrado solo para una norma
ms-still-without = Apartados aún sin proceso registrado:
ms-still-without-every = Apartados aún sin proceso registrado para todas las normas:
ms-section-heading = Apartado { $id }: { $title }
ms-section-caption = Apartado { $id }, { $title }:
ms-n-clause-numbers = { $n } números de apartado
ms-n-clauses = { $n } apartados
ms-machinery = Naturaleza
ms-process = Proceso
ms-no-counterpart = Sin equivalente
ms-as-clause = Como el apartado { $id }.
ms-not-recorded-for = No registrado para { $standards }.
ms-documents-of-set = Documentos de este conjunto:

## Registro de cambios (changes.md, changes-body.md)

chg-title = Cambios en { $id }
chg-from-to = De la versión { $from } ({ $from_date }) a la versión { $to } ({ $to_date }), calculado a partir de los dos archivos de decisiones.
chg-from-to-other = De la versión { $from } ({ $from_date }) de { $from_id } a la versión { $to } ({ $to_date }), calculado a partir de los dos archivos de decisiones.
chg-none = ninguno
chg-added = Añadido:
chg-removed = Retirado:
chg-field = Campo
chg-change = Cambio
chg-no-changes = Sin cambios: los dos archivos de decisiones registran las mismas decisiones, el mismo control documental y los mismos inventarios.
chg-by-section = Cambios por sección: { $n } en total
chg-section = Sección
chg-legend = Las palabras eliminadas aparecen ~~tachadas~~ y las añadidas en **negrita**; unos puntos suspensivos (…) sustituyen las palabras sin cambios omitidas.
chg-revisions-added = Entradas añadidas al historial de revisiones:
chg-revision = Versión { $version }, { $date }:
chg-organisation = Organización y alcance
chg-catalogs = Catálogos incluidos
chg-catalog = Catálogo
chg-applicability = Aplicabilidad
chg-before = Antes
chg-after = Después
chg-unchanged = sin cambios
chg-status = Estado de implementación
chg-justifications = Justificaciones
chg-owners = Responsables
chg-other-fields = Otros campos de decisión
chg-controls = Controles añadidos o retirados
chg-ai-system = Sistema de IA

## Borradores (build --draft)

header-draft-mark = BORRADOR
draft-mark = BORRADOR · no aprobado
draft-banner = **BORRADOR**: no aprobado; { $n } { $n ->
        [1] problema pendiente, indicado
       *[other] problemas pendientes, indicados
    } al final de la declaración de aplicabilidad.
common-undecided = Sin decidir
soa-summary-decided-draft = Controles decididos: { $decided } de { $n } ({ $undecided } aún sin decidir)
soa-draft-heading = Borrador: problemas pendientes
soa-draft-intro =
    Esto es un borrador: se generó antes de decidir cada control y de rellenar cada campo obligatorio.
    { $n } { $n ->
        [1] control sigue
       *[other] controles siguen
    } sin decidir. Quedan estos problemas (`annexa validate` los indica con su contexto):
