# annexa : déclaration d'applicabilité, plan de traitement des risques, matrice du système de
# management et journal des modifications (français).

## Déclaration d'applicabilité (soa.md)

soa-title = Déclaration d'applicabilité
soa-documents-of-set = Documents de cet ensemble
soa-documents-of-set-intro = Chaque document de l'ensemble a sa propre référence, sa version et son approbation ; les autres le citent tel qu'indiqué ici.
soa-document = Document
soa-this-document = (le présent document)
soa-isms = Système de management de la sécurité de l'information
soa-aims = Système de management de l'intelligence artificielle
soa-ai-roles = Rôles de l'organisme vis-à-vis de l'IA :
soa-both-standards =
    Les deux normes partagent un même système de management : les articles 4 à 10 (contexte,
    leadership, planification, support, réalisation des activités opérationnelles, évaluation des
    performances et amélioration) sont mis en œuvre une seule fois, avec les deux domaines
    d'application ci-dessus. La présente déclaration couvre les mesures de l'annexe A des deux
    normes ; chaque référence de mesure porte le préfixe de sa norme, car les deux annexes
    emploient les mêmes numéros pour des mesures différentes.
soa-management-system = Système de management
soa-ms-paired = Les articles 4 à 10 de { $standards } sont mis en correspondance par numéro : { $rows } numéros d'article, dont { $shared } communs aux normes et { $specific } propres à une seule norme
soa-ms-follows = Le système de management suit les { $rows } articles de { $standard }.
soa-ms-none-recorded = Aucun processus, responsable ni preuve n'est encore enregistré pour un article.
soa-ms-covered = L'organisme enregistre pour chaque article un processus, un responsable et des preuves ; { $covered } sur { $rows } sont couverts
soa-ms-not-yet = , et ceux-ci ne le sont pas encore (ou pas pour chaque norme) :
soa-ms-matrix-is = La matrice, article par article, fait l'objet du document { $id } (*Système de management intégré*).
soa-ms-table-caption = Articles du système de management par article principal
soa-summary-blank = Renseigner les chiffres une fois toutes les mesures décidées.
soa-summary-decided = Mesures décidées : { $n }
soa-summary-applicable = Applicables : { $n } (mises en œuvre { $implemented }, partiellement mises en œuvre { $partial }, planifiées { $planned }, non mises en œuvre { $not_implemented })
soa-summary-excluded = Exclues, avec justification : { $n }
soa-summary-additional = Mesures supplémentaires hors catalogues : { $n }
soa-summary-caption = Mesures par norme et par
soa-group-in-caption = { $label }
soa-standard = Norme
soa-group = Groupe
soa-all = Ensemble
soa-all-standards = Toutes les normes
soa-changes-since = Modifications depuis la version { $version }
soa-changes-intro = Ce qui a changé dans les décisions sous-jacentes à la présente déclaration entre la version { $version } ({ $date }) et cette version, calculé à partir des deux fichiers de décisions.
soa-legend-heading = Comment lire la présente déclaration
soa-legend =
    Chaque mesure des catalogues retenus figure une seule fois, avec la décision la concernant.
    {"*"}*Applicable** indique si la mesure est nécessaire. Les **motifs** indiquent pourquoi elle
    est retenue : *légal* (exigence légale ou réglementaire), *contractuel* (exigence
    contractuelle), *risque* (appréciation des risques, avec les références des risques listées
    sous Références des risques) ou *métier* (exigence métier ou bonne pratique). La
    {"*"}*justification** explique l'inclusion ou, pour une mesure exclue, pourquoi elle n'est pas
    nécessaire. Le **statut** est *mise en œuvre*, *partiellement mise en œuvre*, *planifiée* (avec
    son échéance) ou *non mise en œuvre* (avec le motif), suivi de la date de la dernière revue.
    Les intitulés des mesures sont les intitulés courts des normes ; le texte des mesures n'est pas
    reproduit.
soa-group-controls = { $n ->
        [1] 1 mesure
       *[other] { $n } mesures
    }
soa-group-applicable = { $n ->
        [1] 1 applicable
       *[other] { $n } applicables
    }
soa-control-text = Texte de la mesure :
soa-ai-systems = Systèmes d'IA :
soa-ai-systems-label = Systèmes d'IA
soa-impact-assessments = Évaluations d'impact :
soa-related-heading = Mesures liées entre les normes
soa-related-intro = pour chaque mesure, les mesures réputées la soutenir, avec la décision que la présente déclaration enregistre pour chacune.
soa-related-source = Source :
soa-related-count = { $related } des { $controls } mesures ci-dessous { $related ->
        [1] a
       *[other] ont
    } des mesures liées.
soa-related-flagged = **{ $n } { $n ->
        [1] est signalée
       *[other] sont signalées
    }** : applicable, alors que toutes les mesures liées sont exclues.
soa-related-none-flagged = Aucune n'est applicable alors que toutes les mesures liées sont exclues.
soa-related-caption = Mesures liées : { $controls } mesures, dont { $related } avec des mesures liées
soa-related-decisions = Mesures liées et leurs décisions
soa-related-how = Comment elles la soutiennent
soa-related-to-decide = à décider
soa-related-no-counterpart = Aucune : pas d'équivalent dans la correspondance
soa-related-flag = Signalement : toutes les mesures liées sont exclues.
soa-additional-heading = Mesures supplémentaires
soa-additional-intro = Mesures que le traitement des risques a rendues nécessaires et qui ne figurent dans aucune des deux annexes A.
soa-risks-heading = Références des risques
soa-risks-intro =
    Les risques issus de l'appréciation des risques que citent les motifs ci-dessus. Le traitement
    de chacun, sa cotation avant et après traitement et l'acceptation du risque résiduel figurent
    dans le plan de traitement des risques,
soa-risk = Risque
soa-risk-description = Description
soa-risk-treatment = Traitement
soa-risk-after = Après traitement
soa-risk-cited-by = Cité par
soa-risk-accepted = accepté
soa-risk-not-accepted = non accepté

## Plan de traitement des risques (risk-treatment-plan.md)

rtp-title = Plan de traitement des risques
rtp-purpose = Objet
rtp-purpose-text =
    Le présent plan enregistre, pour chaque risque du registre des risques, l'option de traitement
    retenue, les mesures qui la portent, les actions restant à mener, ainsi que le risque résiduel
    et qui l'a accepté, comme l'exige l'article 6.1.3 de { $standards }. Les mesures associées à un
    risque ne sont pas saisies deux fois : ce sont les mesures dont les motifs, dans la déclaration
    d'applicabilité, citent le risque, avec le statut qu'elle enregistre.
rtp-purpose-date =
    Le retard d'une action ou d'une mesure
    s'apprécie au { $date }, date de la déclaration d'applicabilité.
rtp-criteria = Critères de risque
rtp-criteria-blank = [À compléter] Remplacer les échelles, niveaux et seuil d'acceptation ci-dessous par les critères de risque propres à l'organisme (`risk_criteria:` dans le fichier de décisions). Ce sont les valeurs par défaut d'annexa.
rtp-criteria-default =
    L'organisme n'a pas enregistré ses propres critères de risque ; les risques sont cotés sur les
    échelles 5 × 5 par défaut d'annexa ci-dessous
rtp-criteria-default-ai = , celles des évaluations d'impact des systèmes d'IA
rtp-likelihood-scale = Échelle de vraisemblance
rtp-impact-scale = Échelle d'impact
rtp-step = Niveau
rtp-likelihood = Vraisemblance
rtp-impact = Impact
rtp-meaning = Signification
rtp-matrix-intro = Le niveau d'un risque se lit dans la matrice des risques : vraisemblance en ordonnée, impact en abscisse.
rtp-matrix = Matrice des risques
rtp-score-sum = La cote d'un risque est vraisemblance + impact ; son niveau est la tranche dans laquelle tombe la cote.
rtp-score-product = La cote d'un risque est vraisemblance × impact ; son niveau est la tranche dans laquelle tombe la cote.
rtp-levels-caption = Niveaux de risque et acceptation
rtp-level = Niveau
rtp-scores = Cotes
rtp-residual-at-level = Risque résiduel à ce niveau
rtp-needs-acceptance = Exige une acceptation enregistrée
rtp-within-criteria = Dans les critères d'acceptation
rtp-acceptance-criteria =
    {"*"}*Critères d'acceptation :** un risque résiduel jusqu'à **{ $level }** inclus respecte les
    critères et est accepté par son propriétaire avec le présent plan ; au-delà, un risque ne reste
    dans le plan qu'avec une acceptation enregistrée : qui l'a acceptée, quand, et où elle est
    consignée.
rtp-summary-blank = [À compléter] Les chiffres et les cartes de chaleur découlent du registre une fois les risques appréciés. (annexa les calcule à partir d'un fichier de décisions.)
rtp-summary-risks = Risques au registre : { $n } ({ $security } sécurité de l'information, { $ai } IA)
rtp-summary-treatment = Traitement : { $modify } réduits, { $retain } maintenus, { $avoid } refusés, { $share } partagés
rtp-summary-undecided = { $n } non encore décidés
rtp-summary-residual = Risque résiduel : { $within } dans les critères d'acceptation, { $above } au-delà ({ $accepted } avec une acceptation enregistrée)
rtp-summary-unrated = { $n } non cotés
rtp-summary-actions = Actions : { $n }, dont { $open } ouvertes et { $overdue } en retard
rtp-summary-late = Mesures de traitement dont l'échéance est dépassée : { $n }
rtp-by-level-caption = Risques par niveau, avant et après traitement
rtp-before = Avant traitement
rtp-glance-caption = Le registre en un coup d'œil
rtp-acceptance = Acceptation
rtp-not-rated = Non coté
rtp-not-decided = Non décidé
rtp-within-criteria-short = Dans les critères
rtp-not-recorded = Non enregistrée
rtp-attention = Actions en retard et mesures en retard
rtp-as-of = Au { $date }, date du présent plan.
rtp-overdue-caption = Actions dues avant le { $date } et non réalisées : { $n }
rtp-action = Action
rtp-due = Échéance
rtp-state = État
rtp-no-overdue = Aucune action n'est en retard : chaque action due à cette date est réalisée ou annulée.
rtp-late-caption = Mesures de traitement dont l'échéance est dépassée : { $n }
rtp-target-date = Échéance
rtp-risks = Risques
rtp-no-late = Aucune mesure de traitement n'a dépassé son échéance.
rtp-by-risk = Traitement, risque par risque
rtp-blank-heading = [Réf. du risque] [Intitulé du risque]
rtp-blank-what = [À compléter] Ce qui pourrait arriver, à quoi, et pourquoi.
rtp-kind = Type
rtp-risk-owner = Propriétaire du risque
rtp-rationale = Justification
rtp-blank-kind = [Sécurité de l'information ou IA]
rtp-blank-owner = [Fonction du responsable]
rtp-blank-ai-systems = [Pour un risque lié à l'IA : les systèmes d'IA concernés]
rtp-blank-rating = [Vraisemblance × impact, niveau]
rtp-blank-treatment = [Réduire, maintenir, refuser ou partager]
rtp-blank-rationale = [Pourquoi cette option]
rtp-blank-acceptance = [Au-delà du seuil d'acceptation : accepté par, date, référence]
rtp-blank-date = [JJ/MM/AAAA]
rtp-blank-controls-caption = Mesures traitant le risque (selon la déclaration d'applicabilité)
rtp-blank-control-id = [Réf. de la mesure]
rtp-blank-title = [Intitulé]
rtp-blank-status = [Statut]
rtp-actions = Actions
rtp-blank-id = [Réf.]
rtp-blank-action = [Ce qui sera fait]
rtp-blank-state = [Ouverte, en cours, réalisée ou annulée]
rtp-within-acceptance = dans les critères d'acceptation
rtp-above-acceptance = au-delà des critères d'acceptation
rtp-accepted-by = Accepté par { $by } le { $date }
rtp-accepted-by-owner = Dans les critères : accepté par le propriétaire du risque avec le présent plan
rtp-none-recorded = Aucune enregistrée
rtp-treating-caption = Mesures traitant { $id } (selon la déclaration d'applicabilité) : { $n }
rtp-past-target = échéance dépassée
rtp-no-control-cites = Aucune mesure de la déclaration d'applicabilité ne cite { $id }.
rtp-actions-for = Actions pour { $id } : { $n }
rtp-overdue = en retard

## Système de management intégré (management-system.md)

ms-title = Système de management intégré
ms-subtitle-several = articles 4 à 10 de { $standards }, mis en œuvre comme un seul système de management
ms-subtitle-one = articles 4 à 10 de { $standards } et la manière dont l'organisme satisfait à chacun
ms-reading-heading = Comment lire la présente matrice
ms-reading-several =
    Chaque ligne correspond à un numéro d'article, avec côte à côte l'intitulé de l'article de ce
    numéro dans chaque norme. **Les articles sont mis en correspondance par numéro.** Les normes
    suivent la même structure-cadre ; un numéro présent dans plusieurs d'entre elles forme donc une
    seule ligne, même lorsque les intitulés diffèrent pour nommer l'objet de chaque norme. Un tel
    article est **commun** : un même élément du système de management sert tous les domaines
    d'application, même si l'organisme peut enregistrer un processus distinct par norme. Un numéro
    qu'une seule norme comporte lui est **propre** et n'a pas d'équivalent dans l'autre
ms-reading-here = {" "}: ici
ms-reading-one = Chaque ligne correspond à un article de { $standard }.
ms-reading-process =
    Le processus, le responsable et les preuves sont l'enregistrement propre à l'organisme de la
    manière dont il satisfait à chaque article. Un article sans entrée propre est couvert par
    l'entrée de son article parent (une entrée pour 9.2 couvre 9.2.1 et 9.2.2), et un article de
    regroupement est couvert lorsque chacun de ses sous-articles l'est. Les intitulés des articles
    sont les intitulés courts des normes ; leur texte n'est pas reproduit.
ms-pair-caption = Numéros d'article et leur correspondance
ms-clause = Article
ms-clauses = Articles
ms-clause-numbers = Numéros d'article
ms-clauses-of = Articles de { $standard }
ms-shared = Communs
ms-specific = Propres à une norme
ms-covered = Couverts
ms-not-covered = Non couverts
ms-rows-one = { $n } articles et sous-articles de { $standard }.
ms-covered-caption-several = Couverture des numéros d'article
ms-covered-caption-one = Couverture des articles
ms-own-process = Processus propre enregistré
ms-by-parent = Couvert par l'article parent
ms-by-subclauses = Couvert par les sous-articles
ms-one-standard-only = Enregistré pour une seule norme
ms-still-without = Articles encore sans processus enregistré :
ms-still-without-every = Articles encore sans processus enregistré pour chaque norme :
ms-section-heading = Article { $id } : { $title }
ms-section-caption = Article { $id }, { $title } :
ms-n-clause-numbers = { $n } numéros d'article
ms-n-clauses = { $n } articles
ms-machinery = Nature
ms-process = Processus
ms-no-counterpart = Pas d'équivalent
ms-as-clause = Comme l'article { $id }.
ms-not-recorded-for = Non enregistré pour { $standards }.
ms-documents-of-set = Documents de cet ensemble :

## Journal des modifications (changes.md, changes-body.md)

chg-title = Modifications de { $id }
chg-from-to = De la version { $from } ({ $from_date }) à la version { $to } ({ $to_date }), calculé à partir des deux fichiers de décisions.
chg-from-to-other = De la version { $from } ({ $from_date }) de { $from_id } à la version { $to } ({ $to_date }), calculé à partir des deux fichiers de décisions.
chg-none = aucun
chg-added = Ajouté :
chg-removed = Retiré :
chg-field = Champ
chg-change = Modification
chg-no-changes = Aucune modification : les deux fichiers de décisions enregistrent les mêmes décisions, la même maîtrise documentaire et les mêmes inventaires.
chg-by-section = Modifications par section : { $n } au total
chg-section = Section
chg-legend = Les mots supprimés sont ~~barrés~~ et les mots ajoutés en **gras** ; des points de suspension (…) remplacent les mots inchangés omis.
chg-revisions-added = Entrées ajoutées à l'historique des révisions :
chg-revision = Version { $version }, { $date } :
chg-organisation = Organisme et domaine d'application
chg-catalogs = Catalogues retenus
chg-catalog = Catalogue
chg-applicability = Applicabilité
chg-before = Avant
chg-after = Après
chg-unchanged = inchangée
chg-status = État de mise en œuvre
chg-justifications = Justifications
chg-owners = Responsables
chg-other-fields = Autres champs de décision
chg-controls = Mesures ajoutées ou retirées
chg-ai-system = Système d'IA

## Projets (build --draft)

header-draft-mark = PROJET
draft-mark = PROJET · non approuvé
draft-banner = **PROJET** : non approuvé ; { $n } { $n ->
        [1] point restant, listé
       *[other] points restants, listés
    } à la fin de la déclaration d'applicabilité.
common-undecided = Non décidée
soa-summary-decided-draft = Mesures décidées : { $decided } sur { $n } ({ $undecided } encore à décider)
soa-draft-heading = Projet : points restants
soa-draft-intro =
    Ceci est un projet : il a été produit avant que chaque mesure soit décidée et chaque champ obligatoire renseigné.
    { $n } { $n ->
        [one] mesure reste
       *[other] mesures restent
    } à décider. Les points suivants restent ouverts (`annexa validate` les signale avec leur contexte) :
