# annexa: KI-Politik und Folgenabschätzungen für KI-Systeme (Deutsch).

## Folgenabschätzung für ein KI-System (ai-impact-assessment.md)

aiia-title = Folgenabschätzung für das KI-System { $name }
aiia-subtitle = ISO/IEC 42001:2023 Abschnitte 6.1.4 und 8.4, Maßnahmen A.5.2 bis A.5.5; gegliedert nach ISO/IEC 42005:2025
aiia-assessment-status = Stand der Abschätzung
aiia-status-approved = Abgeschlossen und freigegeben
aiia-status-recorded = Auswirkungen erfasst, Freigabe ausstehend
aiia-status-in-progress-recorded = In Bearbeitung: Auswirkungen erfasst, Freigabe ausstehend
aiia-status-in-progress = In Bearbeitung: Auswirkungen noch zu erfassen
aiia-status-template = Vorlage: auszufüllen
aiia-assessor = Bewertet durch
aiia-assessment-date = Datum der Abschätzung
aiia-approval-in-section = Die Freigabe dieser Abschätzung ist in Abschnitt 11 festgehalten.
aiia-scope-heading = 1. Gegenstand der Abschätzung
aiia-scope-roles = Diese Abschätzung betrachtet die möglichen Folgen von { $name } für Einzelpersonen, Gruppen von Personen und die Gesellschaft, über den gesamten Lebenszyklus und im technischen, gesellschaftlichen und rechtlichen Umfeld, in dem die Organisation das System in ihrer Rolle als { $roles } entwickelt, bereitstellt oder nutzt. Die Ergebnisse fließen in die KI-Risikobeurteilung ein (Abschnitt 6.1.2) und werden interessierten Parteien bei Bedarf zugänglich gemacht (Maßnahme A.5.3).
aiia-scope-used = Diese Abschätzung betrachtet die möglichen Folgen von { $name } für Einzelpersonen, Gruppen von Personen und die Gesellschaft, über den gesamten Lebenszyklus und im technischen, gesellschaftlichen und rechtlichen Umfeld, in dem das System genutzt wird. Die Ergebnisse fließen in die KI-Risikobeurteilung ein (Abschnitt 6.1.2) und werden interessierten Parteien bei Bedarf zugänglich gemacht (Maßnahme A.5.3).
aiia-lifecycle = Lebenszyklusphase
aiia-org-role = Rolle der Organisation
aiia-jurisdictions = Rechtsräume
aiia-jurisdictions-hint = wo das System bereitgestellt oder genutzt wird
aiia-system-owner = Systemverantwortlich
aiia-system-heading = 2. Das KI-System
aiia-purpose = Zweck und bestimmungsgemäße Verwendung.
aiia-description-hint = Was das System tut, wie seine Ergebnisse verwendet werden und in welchem Umfeld es eingesetzt wird.
aiia-intended-users = Vorgesehene Nutzer.
aiia-misuse = Vernünftigerweise vorhersehbare Fehlanwendung.
aiia-misuse-hint = Wie das System anders als vorgesehen genutzt werden könnte, absichtlich oder versehentlich, und was daraus folgen würde.
aiia-autonomy = Grad der Autonomie.
aiia-data-heading = 3. Daten
aiia-data-hint = Die Daten, mit denen das System entwickelt, betrieben und überwacht wird: Trainings-, Eingabe- und Ausgabedaten.
aiia-data-managed = Herkunft, Qualität und Repräsentativität dieser Daten werden über die Maßnahmen A.7.2 bis A.7.6 gesteuert; Abschnitt 8 nennt ihren Status.
aiia-data-quality-hint = Für jeden Datenbestand: Herkunft, Qualität und wie repräsentativ er für die vom System betroffenen Menschen ist; bekannte Lücken und ihre Folgen (Maßnahmen A.7.2 bis A.7.6).
aiia-models-heading = 4. Algorithmen und Modelle
aiia-models-hint = Die Algorithmen und Modelle, wie sie ausgewählt, trainiert, verifiziert und validiert wurden, und ihre bekannten Grenzen.
aiia-parties-heading = 5. Betroffene interessierte Parteien
aiia-directly-affected = Unmittelbar betroffen
aiia-users = Nutzer des Systems
aiia-vulnerable = Schutzbedürftige Gruppen
aiia-vulnerable-hint = Gruppen, die stärker geschädigt werden könnten oder sich schlechter wehren können
aiia-scale-heading = 6. Bewertungsskala
aiia-scale-text = Jede schädliche Auswirkung wird danach bewertet, wie wahrscheinlich sie ist und wie schwer sie wöge; die Bewertung ist Wahrscheinlichkeit × Schwere (1 bis 25). Niedrig ist 1 bis 4, Mittel 5 bis 9, Hoch 10 bis 16, Sehr hoch 17 bis 25. Eine hohe oder sehr hohe Auswirkung erfordert Maßnahmen, die von der freigebenden Stelle der Abschätzung genehmigt sind, bevor das System eingeführt oder geändert wird.
aiia-score = Wert
aiia-severity = Schwere
aiia-impacts-heading = 7. Auswirkungen
aiia-impacts-caption = Auswirkungen von { $name }: { $n } bewertet
aiia-impacts-caption-blank = Auswirkungen von { $name }: noch zu bewerten
aiia-dimension = Dimension
aiia-affected = Betroffene
aiia-rating = Bewertung
aiia-measures = Gegenmaßnahmen
aiia-impacts-hint = Jede tatsächliche oder vernünftigerweise vorhersehbare Auswirkung, nützlich oder schädlich, in jeder der folgenden Dimensionen erfassen; schädliche auf der obigen Skala bewerten und die Gegenmaßnahmen sowie die Maßnahmen nennen, die sie tragen.
aiia-measures-heading = 8. Gegenmaßnahmen und die tragenden Maßnahmen aus ISO/IEC 42001
aiia-measures-intro = Die Maßnahmen des Ziels A.5 und die Maßnahmen, die die Erklärung zur Anwendbarkeit mit { $name } verknüpft, mit den dort festgehaltenen Entscheidungen.
aiia-measures-intro-blank = Die Maßnahmen des Ziels A.5 und die Maßnahmen, die die Erklärung zur Anwendbarkeit mit { $name } verknüpft, mit ihren Entscheidungen.
aiia-measures-hint = Die Maßnahmen, die die obigen Gegenmaßnahmen tragen, mit Status und Verantwortlichen.
aiia-oversight-heading = 9. Menschliche Aufsicht
aiia-monitoring-heading = 10. Überwachung und Überprüfung
aiia-review-next = Diese Abschätzung wird spätestens am { $date } überprüft, und früher, wenn einer dieser Fälle eintritt:
aiia-review-planned = Diese Abschätzung wird in geplanten Abständen überprüft ({ $todo } den Abstand), und außerdem, wenn einer dieser Fälle eintritt:
aiia-review-triggers =
    - eine wesentliche Änderung am Modell, an seinen Trainingsdaten oder Merkmalen, oder ein Nachtraining;
    - eine neue bestimmungsgemäße Verwendung, Nutzergruppe, betroffene Gruppe oder ein neuer Rechtsraum;
    - ein schwerwiegender Vorfall, gehäufte Beschwerden oder Widersprüche, oder eine Überwachung, die Drift oder ungleiche Ergebnisse zeigt;
    - eine Änderung der für das System geltenden Gesetze oder Leitlinien;
    - ein Wechsel eines Lieferanten oder einer Komponente, von der das System abhängt.
aiia-monitoring-hint = Die für dieses System spezifischen Überwachungsmaßnahmen und Schwellenwerte, wer sie beobachtet und wie oft.
aiia-approval-heading = 11. Freigabe
aiia-approver-hint = die Rolle, die sie freigegeben hat

## KI-Politik (ai-policy.md)

policy-title = KI-Politik
policy-title-heading = KI-Politik
policy-subtitle = Politik für das KI-Managementsystem (ISO/IEC 42001:2023, Abschnitt 5.2)
policy-purpose-heading = 1. Zweck
policy-purpose-roles = { $org } entwickelt, stellt bereit oder nutzt KI-Systeme, in diesen Rollen: { $roles }. Diese Politik gibt die Ausrichtung der obersten Leitung für diese Tätigkeit vor: die Grundsätze, denen sie folgt, wie KI-Ziele festgelegt werden, und die Verpflichtungen, zutreffende Anforderungen zu erfüllen und das KI-Managementsystem fortlaufend zu verbessern. Sie gilt zusammen mit dem Informationssicherheits-Managementsystem: Beide stützen sich auf dieselben Prozesse des Managementsystems (Abschnitte 4 bis 10).
policy-purpose = { $org } entwickelt, stellt bereit oder nutzt KI-Systeme. Diese Politik gibt die Ausrichtung der obersten Leitung für diese Tätigkeit vor: die Grundsätze, denen sie folgt, wie KI-Ziele festgelegt werden, und die Verpflichtungen, zutreffende Anforderungen zu erfüllen und das KI-Managementsystem fortlaufend zu verbessern. Sie gilt zusammen mit dem Informationssicherheits-Managementsystem: Beide stützen sich auf dieselben Prozesse des Managementsystems (Abschnitte 4 bis 10).
policy-purpose-hint = Wie KI dem Zweck und der Strategie der Organisation dient, und welche Werte, Kultur, Risikolage und rechtlichen Rahmenbedingungen diese Politik widerspiegelt. In den Worten der obersten Leitung formulieren.
policy-scope-heading = 2. Anwendungsbereich
policy-scope-hint = Die Grenzen des KI-Managementsystems: welche KI-Systeme, Tätigkeiten, Standorte und Rollen es umfasst.
policy-systems-caption = KI-Systeme im Anwendungsbereich: { $n }
policy-purpose-col = Zweck
policy-systems-hint = Die KI-Systeme im Anwendungsbereich aufführen (Name, Zweck, Rolle der Organisation, Lebenszyklusphase, Verantwortliche).
policy-principles-heading = 3. Grundsätze
policy-principles-intro = Bei ihrer Arbeit mit KI folgt { $org } diesen Grundsätzen:
policy-principles-hint = Die Grundsätze für die KI-Arbeit der Organisation, in eigenen Worten, und was jeder in der Praxis bedeutet: etwa Fairness, Transparenz und Erklärbarkeit, menschliche Aufsicht, Privatsphäre, Sicherheit, Rechenschaftspflicht und Achtung der Menschenrechte. Wenige und überprüfbare Grundsätze wählen.
policy-objectives-heading = 4. Rahmen für die Festlegung von KI-Zielen
policy-objectives-text = KI-Ziele werden von der obersten Leitung und der für KI-Governance zuständigen Funktion in der Managementbewertung festgelegt, im Einklang mit dieser Politik und mit den Ergebnissen der KI-Risikobeurteilung und der Folgenabschätzungen für KI-Systeme. Jedes Ziel legt fest, was bis wann erreicht wird, wer verantwortlich ist und wie die Zielerreichung gemessen wird; der Fortschritt wird überwacht und an die Managementbewertung berichtet, und die Ziele werden angepasst, wenn sich Kontext oder Risiken ändern (Abschnitt 6.2).
policy-objectives-current = Aktuelle KI-Ziele:
policy-objectives-hint = Die aktuellen KI-Ziele oder wo sie festgehalten sind: jedes messbar, mit Verantwortlichen und Termin.
policy-requirements-heading = 5. Verpflichtung zur Erfüllung zutreffender Anforderungen
policy-requirements-text = Die oberste Leitung verpflichtet sich, die für die KI-Systeme der Organisation geltenden Anforderungen zu erfüllen: gesetzliche und behördliche Pflichten, vertragliche Zusagen gegenüber Kunden und die Anforderungen des KI-Managementsystems selbst. Stehen eine Anforderung und ein Geschäftsziel im Widerspruch, hat die Anforderung Vorrang, und der Konflikt wird an die oberste Leitung eskaliert.
policy-requirement-controls = Die wegen einer gesetzlichen, behördlichen oder vertraglichen Anforderung angewandten Maßnahmen aus ISO/IEC 42001 sind { $controls }; jede Zeile der Erklärung zur Anwendbarkeit nennt die Anforderung in ihrer Begründung.
policy-requirements-hint = Die gesetzlichen, behördlichen und vertraglichen Anforderungen an die KI-Systeme der Organisation.
policy-requirements-hint-blank = Die gesetzlichen, behördlichen und vertraglichen Anforderungen an die KI-Systeme der Organisation und die Maßnahmen, die sie erfüllen.
policy-improvement-heading = 6. Verpflichtung zur fortlaufenden Verbesserung
policy-improvement-text = Die oberste Leitung verpflichtet sich, Eignung, Angemessenheit und Wirksamkeit des KI-Managementsystems fortlaufend zu verbessern: durch interne Audits, die Managementbewertung, die Überwachung der KI-Systeme im Betrieb und Korrekturmaßnahmen bei Nichtkonformitäten und Vorfällen (Abschnitte 9 und 10).
policy-improvement-figures = Von den { $applicable } anwendbaren Maßnahmen aus ISO/IEC 42001 sind { $implemented } umgesetzt, { $partial } teilweise umgesetzt, { $planned } geplant und { $not_implemented } nicht umgesetzt (Erklärung zur Anwendbarkeit { $id }, Version { $version }); die offenen werden bis zu ihrem Zieldatum verfolgt.
policy-related-heading = 7. Verhältnis zu anderen Politiken
policy-related-text = Diese Politik ergänzt die übrigen Politiken der Organisation, statt sie zu wiederholen (Maßnahme A.2.3). Wo KI Fragen der Informationssicherheit, des Datenschutzes, der Qualität oder der Ethik aufwirft, gilt die Politik zu diesem Thema zusammen mit dieser.
policy-related-hint = Die zugehörigen Politiken mit Verweis aufführen: Informationssicherheit, Datenschutz, zulässige Nutzung, Lieferantenmanagement, Qualität, Ethik oder Verhaltenskodex.
policy-roles-heading = 8. Rollen und Verantwortlichkeiten
policy-roles-text = Die oberste Leitung ist Eigentümerin dieser Politik und des KI-Managementsystems. Die unten genannten Verantwortlichen sind für die anwendbaren Maßnahmen aus ISO/IEC 42001 rechenschaftspflichtig, wie die Erklärung zur Anwendbarkeit sie festhält (Maßnahme A.3.2).
policy-roles-hint = Die für das KI-Managementsystem und seine Maßnahmen verantwortlichen Rollen.
policy-communication-heading = 9. Bekanntmachung und Verfügbarkeit
policy-communication-hint = Wie die Politik allen Personen bekannt gemacht wird, die unter der Aufsicht der Organisation arbeiten (Einarbeitung, Schulung, Intranet), und wie sie interessierten Parteien wie Kunden, Nutzern und Behörden zugänglich gemacht wird (Maßnahme A.8.5).
policy-exceptions-heading = 10. Abweichungen und Ausnahmen
policy-exceptions-hint = Wie eine Abweichung von dieser Politik beantragt, risikobewertet, (von wem) genehmigt, befristet und dokumentiert wird, und wie Bedenken gemeldet werden (Maßnahme A.3.3).
policy-review-heading = 11. Überprüfung
policy-review-text = Diese Politik wird in geplanten Abständen überprüft und immer dann, wenn sich die KI-Systeme der Organisation, ihr Umfeld oder die zutreffenden Anforderungen wesentlich ändern (Maßnahme A.2.4). Eine Überprüfung, die die Politik ändert, führt zu einer neuen Version, die in der Änderungshistorie festgehalten und von der obersten Leitung freigegeben wird.
policy-planned-interval = Geplanter Abstand:
policy-next-review = Nächste Überprüfung:
policy-annex-heading = Anhang: die Entscheidungen zu ISO/IEC 42001, auf denen diese Politik beruht
policy-annex-blank = Jede Entscheidung aus der Erklärung zur Anwendbarkeit übernehmen.
policy-annex-from = Aus der Erklärung zur Anwendbarkeit { $id }, Version { $version }.
policy-annex-caption = { $standard }: Entscheidungen zu Anhang A
