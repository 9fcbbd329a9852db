# annexa: Erklärung zur Anwendbarkeit, Risikobehandlungsplan, Managementsystem-Matrix und
# Änderungsprotokoll (Deutsch).

## Erklärung zur Anwendbarkeit (soa.md)

soa-title = Erklärung zur Anwendbarkeit
soa-documents-of-set = Dokumente dieses Satzes
soa-documents-of-set-intro = Jedes Dokument des Satzes hat eigene Kennung, Version und Freigabe; die anderen Dokumente verweisen darauf wie hier aufgeführt.
soa-document = Dokument
soa-this-document = (dieses Dokument)
soa-isms = Informationssicherheits-Managementsystem
soa-aims = KI-Managementsystem
soa-ai-roles = Rollen der Organisation in Bezug auf KI:
soa-both-standards =
    Beide Normen teilen sich ein Managementsystem: Die Abschnitte 4 bis 10 (Kontext, Führung,
    Planung, Unterstützung, Betrieb, Bewertung der Leistung und Verbesserung) werden einmal
    umgesetzt, mit den beiden oben beschriebenen Anwendungsbereichen. Diese Erklärung umfasst die
    Maßnahmen aus Anhang A beider Normen; jede Maßnahmen-ID trägt das Präfix ihrer Norm, weil beide
    Anhänge dieselben Nummern für unterschiedliche Maßnahmen verwenden.
soa-management-system = Managementsystem
soa-ms-paired = Die Abschnitte 4 bis 10 von { $standards } sind nach Abschnittsnummer einander zugeordnet: { $rows } Abschnittsnummern, davon { $shared } beiden Normen gemeinsam und { $specific } nur in einer Norm
soa-ms-follows = Das Managementsystem folgt den { $rows } Abschnitten von { $standard }.
soa-ms-none-recorded = Für keinen Abschnitt sind bisher Prozess, Verantwortliche und Nachweise erfasst.
soa-ms-covered = Die Organisation erfasst für jeden Abschnitt Prozess, Verantwortliche und Nachweise; { $covered } von { $rows } sind abgedeckt
soa-ms-not-yet = , noch nicht (oder nicht für jede Norm) diese:
soa-ms-matrix-is = Die Matrix Abschnitt für Abschnitt enthält Dokument { $id } (*Integriertes Managementsystem*).
soa-ms-table-caption = Abschnitte des Managementsystems nach Hauptabschnitt
soa-summary-blank = Die Zahlen eintragen, sobald über jede Maßnahme entschieden ist.
soa-summary-decided = Entschiedene Maßnahmen: { $n }
soa-summary-applicable = Anwendbar: { $n } (umgesetzt { $implemented }, teilweise umgesetzt { $partial }, geplant { $planned }, nicht umgesetzt { $not_implemented })
soa-summary-excluded = Ausgeschlossen, mit Begründung: { $n }
soa-summary-additional = Zusätzliche Maßnahmen außerhalb der Kataloge: { $n }
soa-summary-caption = Maßnahmen nach Norm und
soa-group-in-caption = { $label ->
        [thema] Thema
        [ziel] Ziel
       *[other] { $label }
    }
soa-standard = Norm
soa-group = Gruppe
soa-all = Gesamt
soa-all-standards = Alle Normen
soa-changes-since = Änderungen seit Version { $version }
soa-changes-intro = Was sich an den Entscheidungen hinter dieser Erklärung von Version { $version } ({ $date }) zu dieser Version geändert hat, ermittelt aus den beiden Entscheidungsdateien.
soa-legend-heading = Hinweise zum Lesen dieser Erklärung
soa-legend =
    Jede Maßnahme der einbezogenen Kataloge erscheint genau einmal, mit der Entscheidung über sie.
    {"*"}*Anwendbar** gibt an, ob die Maßnahme erforderlich ist. **Gründe** nennen, warum sie
    aufgenommen wurde: *Gesetzlich* (gesetzliche oder behördliche Anforderung), *Vertraglich*
    (vertragliche Anforderung), *Risiko* (Ergebnis der Risikobeurteilung, mit den IDs der Risiken
    unter Risikoverweise) oder *Geschäftlich* (geschäftliche Anforderung oder bewährte Praxis). Die
    {"*"}*Begründung** erläutert die Aufnahme oder, bei einer ausgeschlossenen Maßnahme, warum sie
    nicht erforderlich ist. Der **Status** lautet *Umgesetzt*, *Teilweise umgesetzt*, *Geplant*
    (mit Zieldatum) oder *Nicht umgesetzt* (mit Grund), gefolgt vom Datum der letzten Überprüfung.
    Maßnahmentitel sind die Kurztitel der Normen; der Normtext wird nicht wiedergegeben.
soa-group-controls = { $n ->
        [1] 1 Maßnahme
       *[other] { $n } Maßnahmen
    }
soa-group-applicable = { $n } anwendbar
soa-control-text = Maßnahmentext:
soa-ai-systems = KI-Systeme:
soa-ai-systems-label = KI-Systeme
soa-impact-assessments = Folgenabschätzungen:
soa-related-heading = Zusammenhängende Maßnahmen der beiden Normen
soa-related-intro = zu jeder Maßnahme die Maßnahmen, die sie unterstützen, jeweils mit der in dieser Erklärung festgehaltenen Entscheidung.
soa-related-source = Quelle:
soa-related-count = { $related } der { $controls } folgenden Maßnahmen { $related ->
        [1] hat
       *[other] haben
    } zugeordnete Maßnahmen.
soa-related-flagged = **{ $n } { $n ->
        [1] ist
       *[other] sind
    } markiert**: anwendbar, obwohl jede zugeordnete Maßnahme ausgeschlossen ist.
soa-related-none-flagged = Keine ist anwendbar, während alle zugeordneten Maßnahmen ausgeschlossen sind.
soa-related-caption = Zusammenhängende Maßnahmen: { $controls } Maßnahmen, davon { $related } mit zugeordneten Maßnahmen
soa-related-decisions = Zugeordnete Maßnahmen und ihre Entscheidungen
soa-related-how = Wie sie die Maßnahme unterstützen
soa-related-to-decide = zu entscheiden
soa-related-no-counterpart = Keine: ohne Entsprechung in der Zuordnung
soa-related-flag = Hinweis: Jede zugeordnete Maßnahme ist ausgeschlossen.
soa-additional-heading = Zusätzliche Maßnahmen
soa-additional-intro = Maßnahmen, die sich aus der Risikobehandlung als notwendig ergeben haben und in keinem der beiden Anhänge A stehen.
soa-risks-heading = Risikoverweise
soa-risks-intro =
    Die Risiken aus der Risikobeurteilung, auf die sich die obigen Gründe beziehen. Wie jedes
    Risiko behandelt wird, seine Bewertung vor und nach der Behandlung und die Akzeptanz des
    verbleibenden Risikos stehen im Risikobehandlungsplan,
soa-risk = Risiko
soa-risk-description = Beschreibung
soa-risk-treatment = Behandlung
soa-risk-after = Nach Behandlung
soa-risk-cited-by = Genannt von
soa-risk-accepted = akzeptiert
soa-risk-not-accepted = nicht akzeptiert

## Risikobehandlungsplan (risk-treatment-plan.md)

rtp-title = Risikobehandlungsplan
rtp-purpose = Zweck
rtp-purpose-text =
    Dieser Plan hält für jedes Risiko des Risikoregisters fest: die gewählte Behandlungsoption, die
    Maßnahmen, die sie tragen, die noch offenen Aktionen sowie das verbleibende Risiko und wer es
    akzeptiert hat, wie es Abschnitt 6.1.3 von { $standards } verlangt. Die einem Risiko
    zugeordneten Maßnahmen werden nicht doppelt erfasst: Es sind die Maßnahmen, deren Gründe in der
    Erklärung zur Anwendbarkeit das Risiko nennen, mit dem dort festgehaltenen Status.
rtp-purpose-date =
    Ob eine Aktion oder eine Maßnahme überfällig ist, wird zum { $date } beurteilt, dem Datum der
    Erklärung zur Anwendbarkeit.
rtp-criteria = Risikokriterien
rtp-criteria-blank = [Auszufüllen] Die Skalen, Stufen und die Akzeptanzschwelle unten durch die eigenen Risikokriterien der Organisation ersetzen (`risk_criteria:` in der Entscheidungsdatei). Dies sind die Vorgaben von annexa.
rtp-criteria-default =
    Die Organisation hat keine eigenen Risikokriterien festgelegt; die Risiken werden auf den
    unten stehenden 5 × 5-Standardskalen von annexa bewertet
rtp-criteria-default-ai = , den Skalen der Folgenabschätzungen für KI-Systeme
rtp-likelihood-scale = Skala der Eintrittswahrscheinlichkeit
rtp-impact-scale = Skala der Auswirkung
rtp-step = Stufe
rtp-likelihood = Wahrscheinlichkeit
rtp-impact = Auswirkung
rtp-meaning = Bedeutung
rtp-matrix-intro = Die Risikostufe wird aus der Risikomatrix abgelesen: Wahrscheinlichkeit senkrecht, Auswirkung waagerecht.
rtp-matrix = Risikomatrix
rtp-score-sum = Der Risikowert ist Wahrscheinlichkeit + Auswirkung; die Risikostufe ergibt sich aus dem Bereich, in den der Wert fällt.
rtp-score-product = Der Risikowert ist Wahrscheinlichkeit × Auswirkung; die Risikostufe ergibt sich aus dem Bereich, in den der Wert fällt.
rtp-levels-caption = Risikostufen und Akzeptanz
rtp-level = Stufe
rtp-scores = Werte
rtp-residual-at-level = Restrisiko auf dieser Stufe
rtp-needs-acceptance = Erfordert eine dokumentierte Akzeptanz
rtp-within-criteria = Innerhalb der Akzeptanzkriterien
rtp-acceptance-criteria =
    {"*"}*Akzeptanzkriterien:** Ein Restrisiko bis einschließlich **{ $level }** liegt innerhalb der
    Kriterien und gilt mit diesem Plan als von seinem Risikoeigentümer akzeptiert; darüber bleibt
    ein Risiko nur mit dokumentierter Akzeptanz im Plan: wer es akzeptiert hat, wann und wo dies
    festgehalten ist.
rtp-summary-blank = [Auszufüllen] Die Zahlen und Heatmaps ergeben sich aus dem Register, sobald die Risiken bewertet sind. (annexa berechnet sie aus einer Entscheidungsdatei.)
rtp-summary-risks = Risiken im Register: { $n } ({ $security } Informationssicherheit, { $ai } KI)
rtp-summary-treatment = Behandlung: { $modify } mindern, { $retain } tragen, { $avoid } vermeiden, { $share } teilen
rtp-summary-undecided = { $n } noch nicht entschieden
rtp-summary-residual = Restrisiko: { $within } innerhalb der Akzeptanzkriterien, { $above } darüber ({ $accepted } mit dokumentierter Akzeptanz)
rtp-summary-unrated = { $n } nicht bewertet
rtp-summary-actions = Aktionen: { $n }, davon { $open } offen und { $overdue } überfällig
rtp-summary-late = Maßnahmen zur Risikobehandlung mit überschrittenem Zieldatum: { $n }
rtp-by-level-caption = Risiken nach Stufe, vor und nach der Behandlung
rtp-before = Vor Behandlung
rtp-glance-caption = Das Register im Überblick
rtp-acceptance = Akzeptanz
rtp-not-rated = Nicht bewertet
rtp-not-decided = Nicht entschieden
rtp-within-criteria-short = Innerhalb der Kriterien
rtp-not-recorded = Nicht erfasst
rtp-attention = Überfällige Aktionen und verspätete Maßnahmen
rtp-as-of = Stand: { $date }, das Datum dieses Plans.
rtp-overdue-caption = Vor dem { $date } fällige, nicht erledigte Aktionen: { $n }
rtp-action = Aktion
rtp-due = Fällig
rtp-state = Stand
rtp-no-overdue = Keine Aktion ist überfällig: Jede bis zu diesem Datum fällige Aktion ist erledigt oder abgebrochen.
rtp-late-caption = Maßnahmen zur Risikobehandlung mit überschrittenem Zieldatum: { $n }
rtp-target-date = Zieldatum
rtp-risks = Risiken
rtp-no-late = Keine Maßnahme zur Risikobehandlung hat ihr Zieldatum überschritten.
rtp-by-risk = Behandlung der einzelnen Risiken
rtp-blank-heading = [Risiko-ID] [Risikobezeichnung]
rtp-blank-what = [Auszufüllen] Was geschehen könnte, mit welchen Folgen für was, und warum.
rtp-kind = Art
rtp-risk-owner = Risikoeigentümer
rtp-rationale = Begründung
rtp-blank-kind = [Informationssicherheit oder KI]
rtp-blank-owner = [Verantwortliche Rolle]
rtp-blank-ai-systems = [Bei einem KI-Risiko: die betroffenen KI-Systeme]
rtp-blank-rating = [Wahrscheinlichkeit × Auswirkung, Stufe]
rtp-blank-treatment = [Mindern, tragen, vermeiden oder teilen]
rtp-blank-rationale = [Warum diese Option]
rtp-blank-acceptance = [Über der Akzeptanzschwelle: akzeptiert von, Datum, Referenz]
rtp-blank-date = [TT.MM.JJJJ]
rtp-blank-controls-caption = Maßnahmen zur Behandlung des Risikos (aus der Erklärung zur Anwendbarkeit)
rtp-blank-control-id = [Maßnahmen-ID]
rtp-blank-title = [Titel]
rtp-blank-status = [Status]
rtp-actions = Aktionen
rtp-blank-id = [ID]
rtp-blank-action = [Was getan wird]
rtp-blank-state = [Offen, in Bearbeitung, erledigt oder abgebrochen]
rtp-within-acceptance = innerhalb der Akzeptanzkriterien
rtp-above-acceptance = oberhalb der Akzeptanzkriterien
rtp-accepted-by = Akzeptiert von { $by } am { $date }
rtp-accepted-by-owner = Innerhalb der Kriterien: mit diesem Plan vom Risikoeigentümer akzeptiert
rtp-none-recorded = Keine erfasst
rtp-treating-caption = Maßnahmen zur Behandlung von { $id } (aus der Erklärung zur Anwendbarkeit): { $n }
rtp-past-target = Zieldatum überschritten
rtp-no-control-cites = Keine Maßnahme der Erklärung zur Anwendbarkeit nennt { $id }.
rtp-actions-for = Aktionen zu { $id }: { $n }
rtp-overdue = überfällig

## Integriertes Managementsystem (management-system.md)

ms-title = Integriertes Managementsystem
ms-subtitle-several = Abschnitte 4 bis 10 von { $standards }, als ein Managementsystem betrieben
ms-subtitle-one = Abschnitte 4 bis 10 von { $standards } und wie die Organisation sie erfüllt
ms-reading-heading = Hinweise zum Lesen dieser Matrix
ms-reading-several =
    Jede Zeile steht für eine Abschnittsnummer, mit dem Titel des Abschnitts dieser Nummer in jeder
    Norm nebeneinander. **Abschnitte werden über ihre Nummer zugeordnet.** Die Normen folgen
    derselben High Level Structure; eine Nummer, die in mehreren Normen vorkommt, ist daher eine
    Zeile, auch wo die Titel das jeweilige Thema der Norm benennen. Ein solcher Abschnitt ist
    {"*"}*gemeinsam**: ein Element des Managementsystems für alle Anwendungsbereiche, auch wenn die
    Organisation für jede Norm einen eigenen Prozess erfassen kann. Eine Nummer, die nur eine Norm
    hat, ist **spezifisch** für diese Norm und hat keine Entsprechung in der anderen
ms-reading-here = : hier
ms-reading-one = Jede Zeile steht für einen Abschnitt von { $standard }.
ms-reading-process =
    Prozess, Verantwortliche und Nachweise sind die eigenen Angaben der Organisation dazu, wie sie
    jeden Abschnitt erfüllt. Ein Abschnitt ohne eigenen Eintrag ist durch den Eintrag seines
    übergeordneten Abschnitts abgedeckt (ein Eintrag zu 9.2 deckt 9.2.1 und 9.2.2 ab), ein
    gliedernder Abschnitt dann, wenn jeder seiner Unterabschnitte abgedeckt ist. Abschnittstitel
    sind die Kurztitel der Normen; ihr Text wird nicht wiedergegeben.
ms-pair-caption = Abschnittsnummern und ihre Zuordnung
ms-clause = Abschnitt
ms-clauses = Abschnitte
ms-clause-numbers = Abschnittsnummern
ms-clauses-of = Abschnitte von { $standard }
ms-shared = Gemeinsam
ms-specific = Nur in einer Norm
ms-covered = Abgedeckt
ms-not-covered = Nicht abgedeckt
ms-rows-one = { $n } Abschnitte und Unterabschnitte von { $standard }.
ms-covered-caption-several = Abdeckung der Abschnittsnummern
ms-covered-caption-one = Abdeckung der Abschnitte
ms-own-process = Eigener Prozess erfasst
ms-by-parent = Über den übergeordneten Abschnitt abgedeckt
ms-by-subclauses = Über die Unterabschnitte abgedeckt
ms-one-standard-only = Nur für eine Norm erfasst
ms-still-without = Abschnitte noch ohne erfassten Prozess:
ms-still-without-every = Abschnitte noch ohne erfassten Prozess für jede Norm:
ms-section-heading = Abschnitt { $id }: { $title }
ms-section-caption = Abschnitt { $id }, { $title }:
ms-n-clause-numbers = { $n } Abschnittsnummern
ms-n-clauses = { $n } Abschnitte
ms-machinery = Art
ms-process = Prozess
ms-no-counterpart = Keine Entsprechung
ms-as-clause = Wie Abschnitt { $id }.
ms-not-recorded-for = Nicht erfasst für { $standards }.
ms-documents-of-set = Dokumente dieses Satzes:

## Änderungsprotokoll (changes.md, changes-body.md)

chg-title = Änderungen an { $id }
chg-from-to = Von Version { $from } ({ $from_date }) zu Version { $to } ({ $to_date }), ermittelt aus den beiden Entscheidungsdateien.
chg-from-to-other = Von Version { $from } ({ $from_date }) von { $from_id } zu Version { $to } ({ $to_date }), ermittelt aus den beiden Entscheidungsdateien.
chg-none = keine
chg-added = Hinzugefügt:
chg-removed = Entfernt:
chg-field = Feld
chg-change = Änderung
chg-no-changes = Keine Änderungen: Beide Entscheidungsdateien enthalten dieselben Entscheidungen, dieselbe Dokumentenlenkung und dieselben Verzeichnisse.
chg-by-section = Änderungen nach Bereich: { $n } insgesamt
chg-section = Bereich
chg-legend = Entfernte Wörter sind ~~durchgestrichen~~, hinzugefügte **fett**; eine Auslassung (…) steht für unveränderte, weggelassene Wörter.
chg-revisions-added = Neue Einträge in der Änderungshistorie:
chg-revision = Version { $version }, { $date }:
chg-organisation = Organisation und Anwendungsbereich
chg-catalogs = Einbezogene Kataloge
chg-catalog = Katalog
chg-applicability = Anwendbarkeit
chg-before = Vorher
chg-after = Nachher
chg-unchanged = unverändert
chg-status = Umsetzungsstand
chg-justifications = Begründungen
chg-owners = Verantwortliche
chg-other-fields = Weitere Entscheidungsfelder
chg-controls = Hinzugefügte oder entfernte Maßnahmen
chg-ai-system = KI-System

## Entwürfe (build --draft)

header-draft-mark = ENTWURF
draft-mark = ENTWURF · nicht freigegeben
draft-banner = **ENTWURF**: nicht freigegeben; { $n } { $n ->
        [1] offener Punkt, aufgeführt
       *[other] offene Punkte, aufgeführt
    } am Ende der Erklärung zur Anwendbarkeit.
common-undecided = Nicht entschieden
soa-summary-decided-draft = Entschiedene Maßnahmen: { $decided } von { $n } ({ $undecided } noch nicht entschieden)
soa-draft-heading = Entwurf: offene Punkte
soa-draft-intro =
    Dies ist ein Entwurf: Er wurde erstellt, bevor über jede Maßnahme entschieden und jedes Pflichtfeld ausgefüllt war.
    { $n } { $n ->
        [1] Maßnahme ist
       *[other] Maßnahmen sind
    } noch nicht entschieden. Diese Punkte sind offen (`annexa validate` meldet sie mit ihrem Zusammenhang):
