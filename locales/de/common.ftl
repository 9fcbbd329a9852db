# annexa: für alle Dokumente gemeinsame Begriffe (Deutsch).
# Schlüssel und Aufbau wie locales/en/common.ftl; Terminologie: docs/glossary.md.

## Die Sprache

language-name = Deutsch
language-direction = ltr
date-format = { $day }.{ $month }.{ $year }
titles-in-english = Die Titel der Maßnahmen und Abschnitte sind die englischen Kurztitel der Normen: Die amtlichen Übersetzungen der Normen sind urheberrechtlich geschützt und erscheinen nur mit einem lizenzierten Katalog-Overlay in dieser Sprache.

## Kopf- und Fußzeilen (PDF, DOCX, HTML)

page-of = Seite { $n } von { $total }
header-version = Version
header-draft = Entwurf
footer-generated-by = Erstellt mit { $generator }
html-skip-to-content = Zum Inhalt springen
html-contents = Inhalt
meta-subject = { $title } { $id }, Version { $version }
meta-document-id = Dokumentkennung
meta-version = Version
meta-classification = Klassifizierung

## Allgemeine Begriffe

common-and = und
common-or = oder
common-yes = Ja
common-no = Nein
common-none = Keine
common-to-complete = **[Auszufüllen]**
common-document-control = Dokumentenlenkung
common-summary = Zusammenfassung
common-scope = Anwendungsbereich
common-id = ID
common-control = Maßnahme
common-controls = Maßnahmen
common-title = Titel
common-status = Status
common-owner = Verantwortlich
common-evidence = Nachweise
common-applicable = Anwendbar
common-excluded = Ausgeschlossen
common-reasons = Gründe
common-justification = Begründung
common-implementation = Umsetzung
common-source = Quelle
common-note = Anmerkung:
common-target = Ziel: { $date }.
common-target-lower = Ziel { $date }
common-reviewed = Geprüft am { $date }.
common-expired = abgelaufen am { $date }
common-expires = gültig bis { $date }

## Dokumentenlenkung (document-control.md)

ctl-document-id = Dokumentkennung
ctl-version = Version
ctl-issue-date = Ausgabedatum
ctl-status = Status
ctl-effective-date = Gültig ab
ctl-effective-date-hint = Datum, ab dem die Politik nach ihrer Freigabe gilt
ctl-classification = Klassifizierung
ctl-owner = Verantwortlich
ctl-review-cycle = Überprüfungszyklus
ctl-next-review = Nächste Überprüfung
ctl-next-review-hint = Datum der nächsten planmäßigen Überprüfung
ctl-soa = Erklärung zur Anwendbarkeit
ctl-version-of = Version { $version }
ctl-approval = Freigabe
ctl-role = Rolle
ctl-name-or-role = Name oder Rolle
ctl-date = Datum
ctl-signature = Unterschrift oder Freigabereferenz
ctl-approver = Freigabe durch
ctl-approver-top-management = (oberste Leitung)
ctl-not-yet-approved = Noch nicht freigegeben
ctl-revision-history = Änderungshistorie
ctl-author = Autor
ctl-changes = Änderungen
ctl-no-earlier-version = Keine frühere Version erfasst: Dies ist Version { $version }, ausgegeben am { $date }.

## Schlüsselwörter der Entscheidungsdatei (kw-<Menge>-<Schlüssel>)

kw-status-implemented = Umgesetzt
kw-status-partial = Teilweise umgesetzt
kw-status-planned = Geplant
kw-status-not_implemented = Nicht umgesetzt
kw-status-excluded = Ausgeschlossen
kw-reason-legal = Gesetzliche oder behördliche Anforderung
kw-reason-contractual = Vertragliche Anforderung
kw-reason-risk = Risikobeurteilung
kw-reason-business = Geschäftliche Anforderung oder bewährte Praxis
kw-role-ai_provider = KI-Anbieter
kw-role-ai_producer = KI-Hersteller (Entwickler)
kw-role-ai_customer = KI-Kunde (Nutzer)
kw-role-ai_partner = KI-Partner
kw-role-ai_subject = KI-Betroffener
kw-role-relevant_authority = Zuständige Behörde
kw-lifecycle-inception = Konzeption
kw-lifecycle-design = Entwurf und Entwicklung
kw-lifecycle-development = Entwicklung
kw-lifecycle-verification = Verifizierung und Validierung
kw-lifecycle-deployment = Bereitstellung
kw-lifecycle-operation = Betrieb und Überwachung
kw-lifecycle-retired = Außer Betrieb
kw-dimension-fairness = Fairness
kw-dimension-transparency = Transparenz und Erklärbarkeit
kw-dimension-privacy = Privatsphäre
kw-dimension-safety = Sicherheit (Safety)
kw-dimension-security = Informationssicherheit
kw-dimension-accountability = Rechenschaftspflicht
kw-dimension-human_rights = Menschenrechte
kw-dimension-environment = Umwelt
kw-dimension-society = Gesellschaft
kw-likelihood-rare = Selten
kw-likelihood-unlikely = Unwahrscheinlich
kw-likelihood-possible = Möglich
kw-likelihood-likely = Wahrscheinlich
kw-likelihood-almost_certain = Nahezu sicher
kw-severity-negligible = Vernachlässigbar
kw-severity-minor = Gering
kw-severity-moderate = Mäßig
kw-severity-major = Erheblich
kw-severity-severe = Schwerwiegend
kw-impact-harmful = Schädlich
kw-impact-beneficial = Nützlich
kw-level-low = Niedrig
kw-level-medium = Mittel
kw-level-high = Hoch
kw-level-very_high = Sehr hoch
kw-level-benefit = Nutzen
kw-doc-approved = Freigegeben
kw-doc-draft = Entwurf

## Das Statusdiagramm

chart-title = Umsetzungsstand der Maßnahmen aus Anhang A
chart-all = { $standard } (gesamt)

## Schlüsselwörter des Risikoregisters und annexas Standard-Risikokriterien

kw-risk-kind-information_security = Informationssicherheit
kw-risk-kind-ai = KI
kw-treatment-modify = Mindern (durch Maßnahmen)
kw-treatment-retain = Tragen (akzeptieren)
kw-treatment-avoid = Vermeiden
kw-treatment-share = Teilen (übertragen)
kw-action-open = Offen
kw-action-in_progress = In Bearbeitung
kw-action-done = Erledigt
kw-action-cancelled = Abgebrochen
kw-method-product = Wahrscheinlichkeit × Auswirkung
kw-method-sum = Wahrscheinlichkeit + Auswirkung
kw-method-matrix = Risikomatrix
kw-risk-impact-negligible = Vernachlässigbar
kw-risk-impact-minor = Gering
kw-risk-impact-moderate = Mäßig
kw-risk-impact-major = Erheblich
kw-risk-impact-severe = Schwerwiegend
kw-risk-level-low = Niedrig
kw-risk-level-medium = Mittel
kw-risk-level-high = Hoch
kw-risk-level-very_high = Sehr hoch

## Schlüsselwörter der Managementsystem-Matrix

kw-ms-kind-shared = Gemeinsam
kw-ms-kind-specific = nur { $standard }
kw-ms-coverage-recorded = Erfasst
kw-ms-coverage-inherited = Über den übergeordneten Abschnitt abgedeckt
kw-ms-coverage-subclauses = Über die Unterabschnitte abgedeckt
kw-ms-coverage-partial = Nur für eine Norm erfasst
kw-ms-coverage-not_recorded = Nicht erfasst

chart-in-total = insgesamt

## Risiko-Heatmaps

heatmap-inherent = Risiken vor der Behandlung (inhärent)
heatmap-residual = Risiken nach der Behandlung (Restrisiko)
heatmap-not-rated = Nicht bewertet:

## Katalogbegriffe

kw-group-theme = Thema
kw-group-objective = Ziel
soa-annex-heading = { $standard } Anhang A

## Die Arbeitsmappe (XLSX): Blattnamen, Spaltenköpfe, Beschriftungen und Meldungen

xl-sub-group = Unter-{ $group }
xl-annex-sheet = { $namespace } Anhang A
xl-subject = Erklärung zur Anwendbarkeit für { $standards }
xl-generated-on = { $date } mit { $generator }
xl-due-on = fällig { $date }
xl-ai-systems = KI-Systeme
xl-aims-scope-iso-iec-42001 = Anwendungsbereich des KI-Managementsystems (ISO/IEC 42001)
xl-acceptance = Akzeptanz
xl-actions = Aktionen
xl-additional-controls = Zusätzliche Maßnahmen
xl-after-treatment = Nach Behandlung
xl-all-annex-a-controls = Alle Maßnahmen aus Anhang A
xl-applicable = Anwendbar
xl-approval-date = Freigabedatum
xl-approver = Freigabe durch
xl-author = Autor
xl-before-treatment = Vor Behandlung
xl-changes = Änderungen
xl-choose-yes-or-no = Ja oder Nein wählen.
xl-choose-one-of-the-four-statuses-leave-it = Einen der vier Status wählen; bei ausgeschlossenen Maßnahmen leer lassen.
xl-classification = Klassifizierung
xl-control = Maßnahme
xl-controls = Maßnahmen
xl-date = Datum
xl-description = Beschreibung
xl-document-id = Dokumentkennung
xl-document-control = Dokumentenlenkung
xl-evidence = Nachweise
xl-generated = Erstellt
xl-id = ID
xl-isms-scope-iso-iec-27001 = Anwendungsbereich des ISMS (ISO/IEC 27001)
xl-implementation = Umsetzung
xl-justification = Begründung
xl-kind = Art
xl-last-review = Letzte Überprüfung
xl-level-after = Stufe nachher
xl-level-before = Stufe vorher
xl-next-review = Nächste Überprüfung
xl-not-recorded-above-the-acceptance = Nicht erfasst (oberhalb der Akzeptanzkriterien)
xl-notes = Anmerkungen
xl-owner = Verantwortlich
xl-pick-a-reason-from-the-list-for-several = Einen Grund aus der Liste wählen. Bei mehreren Gründen je einen pro Zeile eingeben (Alt+Eingabe), jeweils im Wortlaut der Liste.
xl-rationale = Begründung
xl-reasons-for-inclusion = Gründe für die Aufnahme
xl-review-cycle = Überprüfungszyklus
xl-revision-history = Änderungshistorie
xl-risk = Risiko
xl-risk-id = Risiko-ID
xl-risk-owner = Risikoeigentümer
xl-risks = Risiken
xl-source = Quelle
xl-statement-of-applicability = Erklärung zur Anwendbarkeit
xl-status = Status
xl-status-of-controls = Umsetzungsstand der Maßnahmen
xl-status-reason = Grund für den Status
xl-summary = Übersicht
xl-target-date = Zieldatum
xl-the-figures-are-formulas-over-the = Die Zahlen sind Formeln über die Maßnahmenblätter: Sie folgen jeder dort vorgenommenen Änderung.
xl-total = Gesamt
xl-treated-by-controls-status-in-the-soa = Behandelt durch Maßnahmen (Status laut Erklärung zur Anwendbarkeit)
xl-treatment = Behandlung
xl-version = Version

## Platzhalter des Vorlagensatzes (build --blank)

blank-how-far-the-system-acts-without-a-person = Wie weit das System handelt, ohne dass ein Mensch entscheidet.
blank-the-boundaries-of-the-ai-management = Die Grenzen des KI-Managementsystems: die KI-Systeme, Tätigkeiten und Rollen, die es umfasst.
blank-the-boundaries-of-the-information = Die Grenzen des Informationssicherheits-Managementsystems: Organisationseinheiten, Standorte, Dienste, Systeme und Schnittstellen im Anwendungsbereich, und was außerhalb liegt.
blank-what-the-system-is-for-and-its-intended = Wofür das System gedacht ist und wie es bestimmungsgemäß verwendet wird.
blank-who-can-monitor-intervene-in-and = Wer das System überwachen, eingreifen und es übersteuern kann, wie, und mit welcher Schulung und Befugnis.
blank-ai-system-name = [Name des KI-Systems]
blank-approver-role = [Freigebende Rolle]
blank-author = [Autor]
blank-classification = [Klassifizierung]
blank-document-id = [Dokumentkennung]
blank-draft-or-approved = [Entwurf oder freigegeben]
blank-organisation-name = [Name der Organisation]
blank-owner-role = [Verantwortliche Rolle]
blank-review-cycle-e-g-annually-and-after = [Überprüfungszyklus, z. B. jährlich und nach wesentlichen Änderungen]
blank-to-complete = [Auszufüllen]
blank-version = [Version]
blank-what-changed = [Was sich geändert hat]
blank-yyyy-mm-dd = [TT.MM.JJJJ]

## Feld- und Bereichsnamen des Änderungsprotokolls

xl-ai-policy = KI-Politik
xl-ai-roles = KI-Rollen
xl-aims-scope = Anwendungsbereich des KI-Managementsystems
xl-affected-parties = Betroffene Parteien
xl-applicability = Anwendbarkeit
xl-approval-reference = Freigabereferenz
xl-approved-by = Freigegeben durch
xl-assessment = Abschätzung
xl-autonomy = Autonomie
xl-catalogs-in-scope = Einbezogene Kataloge
xl-communication = Bekanntmachung
xl-controls-added-or-removed = Hinzugefügte oder entfernte Maßnahmen
xl-data = Daten
xl-effective-date = Gültig ab
xl-exceptions = Ausnahmen
xl-foreseeable-misuse = Vorhersehbare Fehlanwendung
xl-human-oversight = Menschliche Aufsicht
xl-isms-scope = Anwendungsbereich des ISMS
xl-impact-scale = Skala der Auswirkung
xl-impacts = Auswirkungen
xl-implementation-status = Umsetzungsstand
xl-intended-users = Vorgesehene Nutzer
xl-jurisdictions = Rechtsräume
xl-justifications = Begründungen
xl-levels = Stufen
xl-life-cycle-stage = Lebenszyklusphase
xl-likelihood-scale = Skala der Eintrittswahrscheinlichkeit
xl-management-system = Managementsystem
xl-management-system-matrix-id = Kennung der Managementsystem-Matrix
xl-management-system-matrix-approval-date = Freigabedatum der Managementsystem-Matrix
xl-management-system-matrix-approval = Freigabereferenz der Managementsystem-Matrix
xl-management-system-matrix-approver = Freigabe der Managementsystem-Matrix durch
xl-management-system-matrix-classification = Klassifizierung der Managementsystem-Matrix
xl-management-system-matrix-date = Datum der Managementsystem-Matrix
xl-management-system-matrix-effective-date = Managementsystem-Matrix gültig ab
xl-management-system-matrix-next-review = Nächste Überprüfung der Managementsystem-Matrix
xl-management-system-matrix-owner = Verantwortlich für die Managementsystem-Matrix
xl-management-system-matrix-review-cycle = Überprüfungszyklus der Managementsystem-Matrix
xl-management-system-matrix-version = Version der Managementsystem-Matrix
xl-matrix = Matrix
xl-models = Modelle
xl-name = Name
xl-objectives = Ziele
xl-organisation-and-scope = Organisation und Anwendungsbereich
xl-other-decision-fields = Weitere Entscheidungsfelder
xl-owners = Verantwortliche
xl-policy-id = Kennung der Politik
xl-policy-approval-date = Freigabedatum der Politik
xl-policy-approval-reference = Freigabereferenz der Politik
xl-policy-approver = Freigabe der Politik durch
xl-policy-classification = Klassifizierung der Politik
xl-policy-date = Datum der Politik
xl-policy-effective-date = Politik gültig ab
xl-policy-next-review = Nächste Überprüfung der Politik
xl-policy-owner = Verantwortlich für die Politik
xl-policy-review-cycle = Überprüfungszyklus der Politik
xl-policy-version = Version der Politik
xl-principles = Grundsätze
xl-process = Prozess
xl-purpose = Zweck
xl-rating = Bewertung
xl-reasons = Gründe
xl-related-policies = Zugehörige Politiken
xl-revisions-added = Neue Revisionen
xl-risk-treatment-plan-id = Kennung des Risikobehandlungsplans
xl-risk-treatment-plan-approval-date = Freigabedatum des Risikobehandlungsplans
xl-risk-treatment-plan-approval-reference = Freigabereferenz des Risikobehandlungsplans
xl-risk-treatment-plan-approver = Freigabe des Risikobehandlungsplans durch
xl-risk-treatment-plan-classification = Klassifizierung des Risikobehandlungsplans
xl-risk-treatment-plan-date = Datum des Risikobehandlungsplans
xl-risk-treatment-plan-effective-date = Risikobehandlungsplan gültig ab
xl-risk-treatment-plan-next-review = Nächste Überprüfung des Risikobehandlungsplans
xl-risk-treatment-plan-owner = Verantwortlich für den Risikobehandlungsplan
xl-risk-treatment-plan-review-cycle = Überprüfungszyklus des Risikobehandlungsplans
xl-risk-treatment-plan-version = Version des Risikobehandlungsplans
xl-role = Rolle
xl-title = Titel
xl-vulnerable-groups = Schutzbedürftige Gruppen
