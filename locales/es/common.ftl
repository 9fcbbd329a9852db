# annexa: términos comunes a todos los documentos (español).
# Claves y estructura como en locales/en/common.ftl; terminología: docs/glossary.md.

## El idioma

language-name = Español
language-direction = ltr
date-format = { $day }/{ $month }/{ $year }
titles-in-english = Los títulos de los controles y apartados son los títulos breves en inglés de las normas: las traducciones oficiales de las normas están protegidas por derechos de autor y solo se muestran con una superposición de catálogo con licencia en este idioma.

## Encabezados y pies de página (PDF, DOCX, HTML)

page-of = Página { $n } de { $total }
header-version = Versión
header-draft = Borrador
footer-generated-by = Generado con { $generator }
html-skip-to-content = Ir al contenido
html-contents = Índice
meta-subject = { $title } { $id }, versión { $version }
meta-document-id = Código del documento
meta-version = Versión
meta-classification = Clasificación

## Términos comunes

common-and = y
common-or = o
common-yes = Sí
common-no = No
common-none = Ninguno
common-to-complete = **[Por completar]**
common-document-control = Control del documento
common-summary = Resumen
common-scope = Alcance
common-id = ID
common-control = Control
common-controls = Controles
common-title = Título
common-status = Estado
common-owner = Responsable
common-evidence = Evidencias
common-applicable = Aplicable
common-excluded = Excluido
common-reasons = Motivos
common-justification = Justificación
common-implementation = Implementación
common-source = Origen
common-note = Nota:
common-target = Fecha objetivo: { $date }.
common-target-lower = fecha objetivo { $date }
common-reviewed = Revisado el { $date }.
common-expired = caducada el { $date }
common-expires = válida hasta el { $date }

## Control del documento (document-control.md)

ctl-document-id = Código del documento
ctl-version = Versión
ctl-issue-date = Fecha de emisión
ctl-status = Estado
ctl-effective-date = Fecha de entrada en vigor
ctl-effective-date-hint = la fecha en que la política entra en vigor, una vez aprobada
ctl-classification = Clasificación
ctl-owner = Responsable
ctl-review-cycle = Ciclo de revisión
ctl-next-review = Próxima revisión
ctl-next-review-hint = fecha de la próxima revisión planificada
ctl-soa = Declaración de aplicabilidad
ctl-version-of = versión { $version }
ctl-approval = Aprobación
ctl-role = Función
ctl-name-or-role = Nombre o cargo
ctl-date = Fecha
ctl-signature = Firma o referencia de la aprobación
ctl-approver = Aprobado por
ctl-approver-top-management = (alta dirección)
ctl-not-yet-approved = Aún no aprobado
ctl-revision-history = Historial de revisiones
ctl-author = Autor
ctl-changes = Cambios
ctl-no-earlier-version = No consta ninguna versión anterior: esta es la versión { $version }, emitida el { $date }.

## Palabras clave del archivo de decisiones (kw-<conjunto>-<clave>)

kw-status-implemented = Implementado
kw-status-partial = Parcialmente implementado
kw-status-planned = Planificado
kw-status-not_implemented = No implementado
kw-status-excluded = Excluido
kw-reason-legal = Requisito legal o reglamentario
kw-reason-contractual = Requisito contractual
kw-reason-risk = Evaluación de riesgos
kw-reason-business = Requisito de negocio o buena práctica
kw-role-ai_provider = Proveedor de IA
kw-role-ai_producer = Productor de IA (desarrollador)
kw-role-ai_customer = Cliente de IA (usuario)
kw-role-ai_partner = Socio de IA
kw-role-ai_subject = Sujeto de IA
kw-role-relevant_authority = Autoridad competente
kw-lifecycle-inception = Concepción
kw-lifecycle-design = Diseño y desarrollo
kw-lifecycle-development = Desarrollo
kw-lifecycle-verification = Verificación y validación
kw-lifecycle-deployment = Despliegue
kw-lifecycle-operation = Operación y seguimiento
kw-lifecycle-retired = Retirado
kw-dimension-fairness = Equidad
kw-dimension-transparency = Transparencia y explicabilidad
kw-dimension-privacy = Privacidad
kw-dimension-safety = Seguridad física (safety)
kw-dimension-security = Seguridad de la información
kw-dimension-accountability = Rendición de cuentas
kw-dimension-human_rights = Derechos humanos
kw-dimension-environment = Medio ambiente
kw-dimension-society = Sociedad
kw-likelihood-rare = Rara
kw-likelihood-unlikely = Improbable
kw-likelihood-possible = Posible
kw-likelihood-likely = Probable
kw-likelihood-almost_certain = Casi segura
kw-severity-negligible = Insignificante
kw-severity-minor = Menor
kw-severity-moderate = Moderada
kw-severity-major = Mayor
kw-severity-severe = Grave
kw-impact-harmful = Perjudicial
kw-impact-beneficial = Beneficioso
kw-level-low = Bajo
kw-level-medium = Medio
kw-level-high = Alto
kw-level-very_high = Muy alto
kw-level-benefit = Beneficio
kw-doc-approved = Aprobado
kw-doc-draft = Borrador

## El gráfico de estados

chart-title = Estado de implementación de los controles del Anexo A
chart-all = { $standard } (total)

## Palabras clave del registro de riesgos y criterios de riesgo por defecto de annexa

kw-risk-kind-information_security = Seguridad de la información
kw-risk-kind-ai = IA
kw-treatment-modify = Mitigar (reducir con controles)
kw-treatment-retain = Retener (aceptar)
kw-treatment-avoid = Evitar
kw-treatment-share = Compartir (transferir)
kw-action-open = Abierta
kw-action-in_progress = En curso
kw-action-done = Realizada
kw-action-cancelled = Cancelada
kw-method-product = Probabilidad × impacto
kw-method-sum = Probabilidad + impacto
kw-method-matrix = Matriz de riesgos
kw-risk-impact-negligible = Insignificante
kw-risk-impact-minor = Menor
kw-risk-impact-moderate = Moderado
kw-risk-impact-major = Mayor
kw-risk-impact-severe = Grave
kw-risk-level-low = Bajo
kw-risk-level-medium = Medio
kw-risk-level-high = Alto
kw-risk-level-very_high = Muy alto

## Palabras clave de la matriz del sistema de gestión

kw-ms-kind-shared = Común
kw-ms-kind-specific = Solo { $standard }
kw-ms-coverage-recorded = Registrado
kw-ms-coverage-inherited = Cubierto por su apartado superior
kw-ms-coverage-subclauses = Cubierto por sus subapartados
kw-ms-coverage-partial = Registrado solo para una norma
kw-ms-coverage-not_recorded = No registrado

chart-in-total = en total

## Mapas de calor de riesgos

heatmap-inherent = Riesgos antes del tratamiento (inherentes)
heatmap-residual = Riesgos después del tratamiento (residuales)
heatmap-not-rated = Sin valorar:

## Términos de los catálogos

kw-group-theme = Tema
kw-group-objective = Objetivo
soa-annex-heading = { $standard } Anexo A

## El libro de cálculo (XLSX): nombres de hojas, encabezados de columna, etiquetas y mensajes

xl-sub-group = Sub{ $group }
xl-annex-sheet = { $namespace } Anexo A
xl-subject = Declaración de aplicabilidad para { $standards }
xl-generated-on = { $date } con { $generator }
xl-due-on = vence el { $date }
xl-ai-systems = Sistemas de IA
xl-aims-scope-iso-iec-42001 = Alcance del SGIA (ISO/IEC 42001)
xl-acceptance = Aceptación
xl-actions = Acciones
xl-additional-controls = Controles adicionales
xl-after-treatment = Tras el tratamiento
xl-all-annex-a-controls = Todos los controles del Anexo A
xl-applicable = Aplicable
xl-approval-date = Fecha de aprobación
xl-approver = Aprobado por
xl-author = Autor
xl-before-treatment = Antes del tratamiento
xl-changes = Cambios
xl-choose-yes-or-no = Elija Sí o No.
xl-choose-one-of-the-four-statuses-leave-it = Elija uno de los cuatro estados; déjelo vacío si el control está excluido.
xl-classification = Clasificación
xl-control = Control
xl-controls = Controles
xl-date = Fecha
xl-description = Descripción
xl-document-id = Código del documento
xl-document-control = Control del documento
xl-evidence = Evidencias
xl-generated = Generado
xl-id = ID
xl-isms-scope-iso-iec-27001 = Alcance del SGSI (ISO/IEC 27001)
xl-implementation = Implementación
xl-justification = Justificación
xl-kind = Tipo
xl-last-review = Última revisión
xl-level-after = Nivel posterior
xl-level-before = Nivel previo
xl-next-review = Próxima revisión
xl-not-recorded-above-the-acceptance = No registrada (por encima de los criterios de aceptación)
xl-notes = Notas
xl-owner = Responsable
xl-pick-a-reason-from-the-list-for-several = Elija un motivo de la lista. Si son varios, escriba uno por línea (Alt+Intro), cada uno tal como figura en la lista.
xl-rationale = Justificación
xl-reasons-for-inclusion = Motivos de inclusión
xl-review-cycle = Ciclo de revisión
xl-revision-history = Historial de revisiones
xl-risk = Riesgo
xl-risk-id = ID del riesgo
xl-risk-owner = Propietario del riesgo
xl-risks = Riesgos
xl-source = Origen
xl-statement-of-applicability = Declaración de aplicabilidad
xl-status = Estado
xl-status-of-controls = Estado de los controles
xl-status-reason = Motivo del estado
xl-summary = Resumen
xl-target-date = Fecha objetivo
xl-the-figures-are-formulas-over-the = Las cifras son fórmulas sobre las hojas de controles: reflejan cualquier cambio que se haga en ellas.
xl-total = Total
xl-treated-by-controls-status-in-the-soa = Tratado por los controles (estado según la DdA)
xl-treatment = Tratamiento
xl-version = Versión

## Nombres de campos y secciones del registro de cambios

xl-ai-policy = Política de IA
xl-ai-roles = Funciones respecto a la IA
xl-aims-scope = Alcance del SGIA
xl-affected-parties = Partes afectadas
xl-applicability = Aplicabilidad
xl-approval-reference = Referencia de aprobación
xl-approved-by = Aprobado por
xl-assessment = Evaluación
xl-autonomy = Autonomía
xl-catalogs-in-scope = Catálogos incluidos
xl-communication = Comunicación
xl-controls-added-or-removed = Controles añadidos o retirados
xl-data = Datos
xl-effective-date = Fecha de entrada en vigor
xl-exceptions = Excepciones
xl-foreseeable-misuse = Uso indebido previsible
xl-human-oversight = Supervisión humana
xl-isms-scope = Alcance del SGSI
xl-impact-scale = Escala de impacto
xl-impacts = Impactos
xl-implementation-status = Estado de implementación
xl-intended-users = Usuarios previstos
xl-jurisdictions = Jurisdicciones
xl-justifications = Justificaciones
xl-levels = Niveles
xl-life-cycle-stage = Fase del ciclo de vida
xl-likelihood-scale = Escala de probabilidad
xl-management-system = Sistema de gestión
xl-management-system-matrix-id = Código de la matriz del sistema de gestión
xl-management-system-matrix-approval-date = Fecha de aprobación de la matriz del sistema de gestión
xl-management-system-matrix-approval = Referencia de aprobación de la matriz del sistema de gestión
xl-management-system-matrix-approver = Aprobador de la matriz del sistema de gestión
xl-management-system-matrix-classification = Clasificación de la matriz del sistema de gestión
xl-management-system-matrix-date = Fecha de la matriz del sistema de gestión
xl-management-system-matrix-effective-date = Entrada en vigor de la matriz del sistema de gestión
xl-management-system-matrix-next-review = Próxima revisión de la matriz del sistema de gestión
xl-management-system-matrix-owner = Responsable de la matriz del sistema de gestión
xl-management-system-matrix-review-cycle = Ciclo de revisión de la matriz del sistema de gestión
xl-management-system-matrix-version = Versión de la matriz del sistema de gestión
xl-matrix = Matriz
xl-models = Modelos
xl-name = Nombre
xl-objectives = Objetivos
xl-organisation-and-scope = Organización y alcance
xl-other-decision-fields = Otros campos de decisión
xl-owners = Responsables
xl-policy-id = Código de la política
xl-policy-approval-date = Fecha de aprobación de la política
xl-policy-approval-reference = Referencia de aprobación de la política
xl-policy-approver = Aprobador de la política
xl-policy-classification = Clasificación de la política
xl-policy-date = Fecha de la política
xl-policy-effective-date = Entrada en vigor de la política
xl-policy-next-review = Próxima revisión de la política
xl-policy-owner = Responsable de la política
xl-policy-review-cycle = Ciclo de revisión de la política
xl-policy-version = Versión de la política
xl-principles = Principios
xl-process = Proceso
xl-purpose = Finalidad
xl-rating = Valoración
xl-reasons = Motivos
xl-related-policies = Políticas relacionadas
xl-revisions-added = Revisiones añadidas
xl-risk-treatment-plan-id = Código del plan de tratamiento de riesgos
xl-risk-treatment-plan-approval-date = Fecha de aprobación del plan de tratamiento de riesgos
xl-risk-treatment-plan-approval-reference = Referencia de aprobación del plan de tratamiento de riesgos
xl-risk-treatment-plan-approver = Aprobador del plan de tratamiento de riesgos
xl-risk-treatment-plan-classification = Clasificación del plan de tratamiento de riesgos
xl-risk-treatment-plan-date = Fecha del plan de tratamiento de riesgos
xl-risk-treatment-plan-effective-date = Entrada en vigor del plan de tratamiento de riesgos
xl-risk-treatment-plan-next-review = Próxima revisión del plan de tratamiento de riesgos
xl-risk-treatment-plan-owner = Responsable del plan de tratamiento de riesgos
xl-risk-treatment-plan-review-cycle = Ciclo de revisión del plan de tratamiento de riesgos
xl-risk-treatment-plan-version = Versión del plan de tratamiento de riesgos
xl-role = Función
xl-title = Título
xl-vulnerable-groups = Grupos vulnerables

## Los campos que rellenar del conjunto de plantillas (build --blank)

blank-how-far-the-system-acts-without-a-person = Hasta qué punto el sistema actúa sin que decida una persona.
blank-the-boundaries-of-the-ai-management = Los límites del sistema de gestión de la IA: los sistemas de IA, actividades y funciones que abarca.
blank-the-boundaries-of-the-information = Los límites del sistema de gestión de seguridad de la información: unidades organizativas, ubicaciones, servicios, sistemas e interfaces incluidos, y lo que queda fuera.
blank-what-the-system-is-for-and-its-intended = Para qué sirve el sistema y cuál es su uso previsto.
blank-who-can-monitor-intervene-in-and = Quién puede supervisar el sistema, intervenir en él y anularlo, cómo, y con qué formación y autoridad.
blank-ai-system-name = [Nombre del sistema de IA]
blank-approver-role = [Cargo de quien aprueba]
blank-author = [Autor]
blank-classification = [Clasificación]
blank-document-id = [Código del documento]
blank-draft-or-approved = [Borrador o aprobado]
blank-organisation-name = [Nombre de la organización]
blank-owner-role = [Cargo del responsable]
blank-review-cycle-e-g-annually-and-after = [Ciclo de revisión, p. ej. anual y tras cualquier cambio significativo]
blank-to-complete = [Por completar]
blank-version = [Versión]
blank-what-changed = [Qué ha cambiado]
blank-yyyy-mm-dd = [DD/MM/AAAA]
