# annexa: für alle Dokumente gemeinsame Begriffe (Deutsch).
# Schlüssel und Aufbau wie locales/en/common.ftl; Terminologie: docs/glossary.md.

## Die Sprache

language-name = Deutsch
language-direction = ltr
date-format = { $day }.{ $month }.{ $year }
titles-in-english = Titel und Kurzbeschreibungen der Maßnahmen stehen auf Englisch, wie in den Normen: Die amtlichen Übersetzungen sind urheberrechtlich geschützt und werden ohne lizenziertes Katalog-Overlay nicht wiedergegeben.

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
