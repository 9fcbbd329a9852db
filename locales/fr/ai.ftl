# annexa : politique d'IA et évaluations d'impact des systèmes d'IA (français).

## Évaluation d'impact d'un système d'IA (ai-impact-assessment.md)

aiia-title = Évaluation d'impact du système d'IA : { $name }
aiia-subtitle = ISO/IEC 42001:2023 articles 6.1.4 et 8.4, mesures A.5.2 à A.5.5 ; structurée selon l'ISO/IEC 42005:2025
aiia-assessment-status = État de l'évaluation
aiia-status-approved = Terminée et approuvée
aiia-status-recorded = Impacts enregistrés, approbation en attente
aiia-status-in-progress-recorded = En cours : impacts enregistrés, approbation en attente
aiia-status-in-progress = En cours : impacts à enregistrer
aiia-status-template = Modèle : à compléter
aiia-assessor = Évaluateur
aiia-assessment-date = Date de l'évaluation
aiia-approval-in-section = L'approbation de la présente évaluation est consignée à la section 11.
aiia-scope-heading = 1. Périmètre de l'évaluation
aiia-scope-roles = La présente évaluation couvre les conséquences potentielles de { $name } pour les personnes, les groupes de personnes et la société, sur l'ensemble de son cycle de vie et dans le contexte technique, social et juridique dans lequel l'organisme le développe, le fournit ou l'utilise en sa qualité de { $roles }. Ses résultats alimentent l'appréciation des risques liés à l'IA (article 6.1.2) et sont mis à la disposition des parties intéressées lorsque cela est approprié (mesure A.5.3).
aiia-scope-used = La présente évaluation couvre les conséquences potentielles de { $name } pour les personnes, les groupes de personnes et la société, sur l'ensemble de son cycle de vie et dans le contexte technique, social et juridique dans lequel il est utilisé. Ses résultats alimentent l'appréciation des risques liés à l'IA (article 6.1.2) et sont mis à la disposition des parties intéressées lorsque cela est approprié (mesure A.5.3).
aiia-lifecycle = Phase du cycle de vie
aiia-org-role = Rôle de l'organisme
aiia-jurisdictions = Juridictions
aiia-jurisdictions-hint = où le système est fourni ou utilisé
aiia-system-owner = Responsable du système
aiia-system-heading = 2. Le système d'IA
aiia-purpose = Finalité et usage prévu.
aiia-description-hint = Ce que fait le système, comment ses résultats sont utilisés, et le contexte de déploiement.
aiia-intended-users = Utilisateurs prévus.
aiia-misuse = Mauvais usage raisonnablement prévisible.
aiia-misuse-hint = Les façons dont le système pourrait être utilisé autrement que prévu, délibérément ou par erreur, et ce qui en découlerait.
aiia-autonomy = Niveau d'autonomie.
aiia-data-heading = 3. Données
aiia-data-hint = Les données servant à développer, exploiter et surveiller le système : données d'entraînement, d'entrée et de sortie.
aiia-data-managed = La provenance, la qualité et la représentativité de ces données sont maîtrisées au titre des mesures A.7.2 à A.7.6 ; la section 8 en donne le statut.
aiia-data-quality-hint = Pour chaque jeu de données : sa provenance, sa qualité et sa représentativité des personnes concernées par le système ; les lacunes connues et leurs conséquences (mesures A.7.2 à A.7.6).
aiia-models-heading = 4. Algorithmes et modèles
aiia-models-hint = Les algorithmes et modèles, la manière dont ils ont été choisis, entraînés, vérifiés et validés, et leurs limites connues.
aiia-parties-heading = 5. Parties intéressées concernées
aiia-directly-affected = Directement concernés
aiia-users = Utilisateurs du système
aiia-vulnerable = Groupes vulnérables
aiia-vulnerable-hint = les groupes susceptibles de subir un préjudice plus important, ou moins à même de s'y opposer
aiia-scale-heading = 6. Échelle de cotation
aiia-scale-text = Chaque impact préjudiciable est coté selon sa probabilité et sa gravité ; la cote est probabilité × gravité (1 à 25). Faible correspond à 1 à 4, Moyen à 5 à 9, Élevé à 10 à 16, Très élevé à 17 à 25. Un impact élevé ou très élevé exige des mesures approuvées par l'approbateur de l'évaluation avant que le système soit déployé ou modifié.
aiia-score = Cote
aiia-severity = Gravité
aiia-impacts-heading = 7. Impacts
aiia-impacts-caption = Impacts de { $name } : { $n } évalués
aiia-impacts-caption-blank = Impacts de { $name } : à évaluer
aiia-dimension = Dimension
aiia-affected = Personnes concernées
aiia-rating = Cotation
aiia-measures = Dispositions
aiia-impacts-hint = Enregistrer chaque impact réel ou raisonnablement prévisible, bénéfique ou préjudiciable, dans chacune des dimensions ci-dessous ; coter les impacts préjudiciables sur l'échelle ci-dessus, et indiquer les dispositions prises et les mesures qui les portent.
aiia-measures-heading = 8. Dispositions et mesures de l'ISO/IEC 42001 qui les portent
aiia-measures-intro = Les mesures de l'objectif A.5 et celles que la déclaration d'applicabilité rattache à { $name }, avec les décisions qui y sont enregistrées.
aiia-measures-intro-blank = Les mesures de l'objectif A.5 et celles que la déclaration d'applicabilité rattache à { $name }, avec leurs décisions.
aiia-measures-hint = Les mesures qui portent les dispositions ci-dessus, avec leur statut et leur responsable.
aiia-oversight-heading = 9. Supervision humaine
aiia-monitoring-heading = 10. Surveillance et revue
aiia-review-next = La présente évaluation sera revue au plus tard le { $date }, et plus tôt dès que l'un des événements suivants se produit :
aiia-review-planned = La présente évaluation est revue à intervalles planifiés ({ $todo } l'intervalle) et dès que l'un des événements suivants se produit :
aiia-review-triggers =
    - une modification importante du modèle, de ses données d'entraînement ou de ses variables, ou un réentraînement ;
    - un nouvel usage prévu, un nouveau groupe d'utilisateurs, un nouveau groupe concerné ou une nouvelle juridiction ;
    - un incident grave, une série de plaintes ou de recours, ou une surveillance révélant une dérive ou des résultats inégaux ;
    - une évolution de la loi ou des lignes directrices applicables au système ;
    - un changement de fournisseur ou de composant dont dépend le système.
aiia-monitoring-hint = Les indicateurs de surveillance et seuils propres à ce système, qui les suit, et à quelle fréquence.
aiia-approval-heading = 11. Approbation
aiia-approver-hint = la fonction qui l'a approuvée

## Politique d'IA (ai-policy.md)

policy-title = Politique d'IA
policy-title-heading = Politique d'IA
policy-subtitle = politique du système de management de l'IA (ISO/IEC 42001:2023, article 5.2)
policy-purpose-heading = 1. Objet
policy-purpose-roles = { $org } développe, fournit ou utilise des systèmes d'IA, dans les rôles suivants : { $roles }. La présente politique fixe l'orientation de la direction pour ces activités : les principes qu'elles suivent, la manière dont les objectifs d'IA sont établis, et les engagements à satisfaire aux exigences applicables et à améliorer en continu le système de management de l'IA. Elle s'applique conjointement au système de management de la sécurité de l'information : tous deux reposent sur un même ensemble de processus de management (articles 4 à 10).
policy-purpose = { $org } développe, fournit ou utilise des systèmes d'IA. La présente politique fixe l'orientation de la direction pour ces activités : les principes qu'elles suivent, la manière dont les objectifs d'IA sont établis, et les engagements à satisfaire aux exigences applicables et à améliorer en continu le système de management de l'IA. Elle s'applique conjointement au système de management de la sécurité de l'information : tous deux reposent sur un même ensemble de processus de management (articles 4 à 10).
policy-purpose-hint = Comment l'IA sert la finalité et la stratégie de l'organisme, et les valeurs, la culture, l'environnement de risque et le cadre juridique dont la présente politique tient compte. À rédiger avec les mots de la direction.
policy-scope-heading = 2. Domaine d'application
policy-scope-hint = Les limites du système de management de l'IA : les systèmes d'IA, activités, sites et rôles qu'il couvre.
policy-systems-caption = Systèmes d'IA dans le domaine d'application : { $n }
policy-purpose-col = Finalité
policy-systems-hint = Lister les systèmes d'IA dans le domaine d'application (nom, finalité, rôle de l'organisme, phase du cycle de vie, responsable).
policy-principles-heading = 3. Principes
policy-principles-intro = Dans ses activités d'IA, { $org } applique les principes suivants :
policy-principles-hint = Les principes qui guident les activités d'IA de l'organisme, dans ses propres mots, et ce que chacun signifie en pratique : par exemple équité, transparence et explicabilité, supervision humaine, respect de la vie privée, sûreté et sécurité, redevabilité et respect des droits humains. Les garder peu nombreux et vérifiables.
policy-objectives-heading = 4. Cadre d'établissement des objectifs d'IA
policy-objectives-text = Les objectifs d'IA sont établis par la direction et la fonction de gouvernance de l'IA lors de la revue de direction, en cohérence avec la présente politique et avec les résultats de l'appréciation des risques liés à l'IA et des évaluations d'impact des systèmes d'IA. Chaque objectif précise ce qui sera atteint, pour quand, sous la responsabilité de qui et comment l'atteinte est mesurée ; l'avancement est suivi et présenté en revue de direction, et les objectifs sont révisés lorsque le contexte ou les risques évoluent (article 6.2).
policy-objectives-current = Objectifs d'IA en vigueur :
policy-objectives-hint = Les objectifs d'IA en vigueur, ou l'endroit où ils sont consignés : chacun mesurable, avec un responsable et une échéance.
policy-requirements-heading = 5. Engagement à satisfaire aux exigences applicables
policy-requirements-text = La direction s'engage à satisfaire aux exigences applicables aux systèmes d'IA de l'organisme : obligations légales et réglementaires, engagements contractuels envers les clients et exigences du système de management de l'IA lui-même. En cas de conflit entre une exigence et un objectif métier, l'exigence prévaut et le conflit est remonté à la direction.
policy-requirement-controls = Les mesures de l'ISO/IEC 42001 appliquées en raison d'une exigence légale, réglementaire ou contractuelle sont { $controls } ; chaque ligne de la déclaration d'applicabilité nomme l'exigence dans sa justification.
policy-requirements-hint = Les exigences légales, réglementaires et contractuelles applicables aux systèmes d'IA de l'organisme.
policy-requirements-hint-blank = Les exigences légales, réglementaires et contractuelles applicables aux systèmes d'IA de l'organisme, et les mesures qui y répondent.
policy-improvement-heading = 6. Engagement d'amélioration continue
policy-improvement-text = La direction s'engage à améliorer en continu la pertinence, l'adéquation et l'efficacité du système de management de l'IA : par l'audit interne, la revue de direction, la surveillance des systèmes d'IA en exploitation et les actions correctives en cas de non-conformité ou d'incident (articles 9 et 10).
policy-improvement-figures = Sur les { $applicable } mesures applicables de l'ISO/IEC 42001, { $implemented } sont mises en œuvre, { $partial } partiellement mises en œuvre, { $planned } planifiées et { $not_implemented } non mises en œuvre (déclaration d'applicabilité { $id }, version { $version }) ; celles qui restent ouvertes sont suivies jusqu'à leur échéance.
policy-related-heading = 7. Articulation avec les autres politiques
policy-related-text = La présente politique complète les autres politiques de l'organisme sans les répéter (mesure A.2.3). Lorsque l'IA soulève des questions de sécurité de l'information, de protection de la vie privée, de qualité ou d'éthique, la politique correspondante s'applique conjointement à celle-ci.
policy-related-hint = Lister par référence les politiques associées : sécurité de l'information, protection des données et de la vie privée, utilisation acceptable, gestion des fournisseurs, qualité, éthique ou code de conduite.
policy-roles-heading = 8. Rôles et responsabilités
policy-roles-text = La direction est propriétaire de la présente politique et du système de management de l'IA. Les responsables ci-dessous rendent compte des mesures applicables de l'ISO/IEC 42001, telles que la déclaration d'applicabilité les enregistre (mesure A.3.2).
policy-roles-hint = Les fonctions qui rendent compte du système de management de l'IA et de ses mesures.
policy-communication-heading = 9. Communication et mise à disposition
policy-communication-hint = Comment la politique est communiquée à toutes les personnes travaillant sous le contrôle de l'organisme (accueil, formation, intranet), et comment elle est mise à la disposition des parties intéressées telles que clients, utilisateurs et autorités (mesure A.8.5).
policy-exceptions-heading = 10. Écarts et dérogations
policy-exceptions-hint = Comment un écart à la présente politique est demandé, apprécié au regard des risques, approuvé (par qui), limité dans le temps et enregistré, et comment les préoccupations sont signalées (mesure A.3.3).
policy-review-heading = 11. Revue
policy-review-text = La présente politique est revue à intervalles planifiés et chaque fois que les systèmes d'IA de l'organisme, leur contexte ou les exigences applicables changent de façon significative (mesure A.2.4). Une revue qui modifie la politique donne lieu à une nouvelle version, consignée dans l'historique des révisions et approuvée par la direction.
policy-planned-interval = Intervalle planifié :
policy-next-review = Prochaine revue :
policy-annex-heading = Annexe : les décisions relatives à l'ISO/IEC 42001 sur lesquelles repose la présente politique
policy-annex-blank = Reporter chaque décision depuis la déclaration d'applicabilité.
policy-annex-from = D'après la déclaration d'applicabilité { $id }, version { $version }.
policy-annex-caption = { $standard } : décisions relatives à l'annexe A
