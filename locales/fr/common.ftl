# annexa : termes communs à tous les documents (français).
# Clés et structure comme locales/en/common.ftl ; terminologie : docs/glossary.md.

## La langue

language-name = Français
language-direction = ltr
date-format = { $day }/{ $month }/{ $year }
titles-in-english = Les intitulés des mesures et des articles sont les intitulés courts anglais des normes : les traductions officielles des normes sont protégées par le droit d'auteur et ne figurent qu'avec une surcouche de catalogue sous licence dans cette langue.

## En-têtes et pieds de page (PDF, DOCX, HTML)

page-of = Page { $n } sur { $total }
header-version = Version
header-draft = Projet
footer-generated-by = Généré par { $generator }
html-skip-to-content = Aller au contenu
html-contents = Sommaire
meta-subject = { $title } { $id }, version { $version }
meta-document-id = Référence du document
meta-version = Version
meta-classification = Classification

## Termes communs

common-and = et
common-or = ou
common-yes = Oui
common-no = Non
common-none = Aucun
common-to-complete = **[À compléter]**
common-document-control = Maîtrise du document
common-summary = Synthèse
common-scope = Domaine d'application
common-id = Réf.
common-control = Mesure
common-controls = Mesures
common-title = Intitulé
common-status = Statut
common-owner = Responsable
common-evidence = Preuves
common-applicable = Applicable
common-excluded = Exclue
common-reasons = Motifs
common-justification = Justification
common-implementation = Mise en œuvre
common-source = Origine
common-note = Remarque :
common-target = Échéance : { $date }.
common-target-lower = échéance { $date }
common-reviewed = Revue le { $date }.
common-expired = expirée le { $date }
common-expires = valable jusqu'au { $date }

## Maîtrise du document (document-control.md)

ctl-document-id = Référence du document
ctl-version = Version
ctl-issue-date = Date d'émission
ctl-status = Statut
ctl-effective-date = Date d'entrée en vigueur
ctl-effective-date-hint = la date à laquelle la politique entre en vigueur, une fois approuvée
ctl-classification = Classification
ctl-owner = Responsable
ctl-review-cycle = Cycle de revue
ctl-next-review = Prochaine revue
ctl-next-review-hint = date de la prochaine revue planifiée
ctl-soa = Déclaration d'applicabilité
ctl-version-of = version { $version }
ctl-approval = Approbation
ctl-role = Rôle
ctl-name-or-role = Nom ou fonction
ctl-date = Date
ctl-signature = Signature ou référence d'approbation
ctl-approver = Approbateur
ctl-approver-top-management = (direction)
ctl-not-yet-approved = Pas encore approuvé
ctl-revision-history = Historique des révisions
ctl-author = Auteur
ctl-changes = Modifications
ctl-no-earlier-version = Aucune version antérieure n'est enregistrée : ceci est la version { $version }, émise le { $date }.

## Mots-clés du fichier de décisions (kw-<ensemble>-<clé>)

kw-status-implemented = Mise en œuvre
kw-status-partial = Partiellement mise en œuvre
kw-status-planned = Planifiée
kw-status-not_implemented = Non mise en œuvre
kw-status-excluded = Exclue
kw-reason-legal = Exigence légale ou réglementaire
kw-reason-contractual = Exigence contractuelle
kw-reason-risk = Appréciation des risques
kw-reason-business = Exigence métier ou bonne pratique
kw-role-ai_provider = Fournisseur d'IA
kw-role-ai_producer = Producteur d'IA (développeur)
kw-role-ai_customer = Client d'IA (utilisateur)
kw-role-ai_partner = Partenaire d'IA
kw-role-ai_subject = Sujet d'IA
kw-role-relevant_authority = Autorité compétente
kw-lifecycle-inception = Conception initiale
kw-lifecycle-design = Conception et développement
kw-lifecycle-development = Développement
kw-lifecycle-verification = Vérification et validation
kw-lifecycle-deployment = Déploiement
kw-lifecycle-operation = Exploitation et surveillance
kw-lifecycle-retired = Retiré
kw-dimension-fairness = Équité
kw-dimension-transparency = Transparence et explicabilité
kw-dimension-privacy = Vie privée
kw-dimension-safety = Sûreté
kw-dimension-security = Sécurité
kw-dimension-accountability = Redevabilité
kw-dimension-human_rights = Droits humains
kw-dimension-environment = Environnement
kw-dimension-society = Société
kw-likelihood-rare = Rare
kw-likelihood-unlikely = Peu probable
kw-likelihood-possible = Possible
kw-likelihood-likely = Probable
kw-likelihood-almost_certain = Quasi certaine
kw-severity-negligible = Négligeable
kw-severity-minor = Mineure
kw-severity-moderate = Modérée
kw-severity-major = Majeure
kw-severity-severe = Grave
kw-impact-harmful = Préjudiciable
kw-impact-beneficial = Bénéfique
kw-level-low = Faible
kw-level-medium = Moyen
kw-level-high = Élevé
kw-level-very_high = Très élevé
kw-level-benefit = Bénéfice
kw-doc-approved = Approuvé
kw-doc-draft = Projet

## Le graphique des statuts

chart-title = État de mise en œuvre des mesures de l'annexe A
chart-all = { $standard } (ensemble)

## Mots-clés du registre des risques et critères de risque par défaut d'annexa

kw-risk-kind-information_security = Sécurité de l'information
kw-risk-kind-ai = IA
kw-treatment-modify = Réduire (par des mesures)
kw-treatment-retain = Maintenir (accepter)
kw-treatment-avoid = Refuser (éviter)
kw-treatment-share = Partager (transférer)
kw-action-open = Ouverte
kw-action-in_progress = En cours
kw-action-done = Réalisée
kw-action-cancelled = Annulée
kw-method-product = Vraisemblance × impact
kw-method-sum = Vraisemblance + impact
kw-method-matrix = Matrice des risques
kw-risk-impact-negligible = Négligeable
kw-risk-impact-minor = Mineur
kw-risk-impact-moderate = Modéré
kw-risk-impact-major = Majeur
kw-risk-impact-severe = Grave
kw-risk-level-low = Faible
kw-risk-level-medium = Moyen
kw-risk-level-high = Élevé
kw-risk-level-very_high = Très élevé

## Mots-clés de la matrice du système de management

kw-ms-kind-shared = Commun
kw-ms-kind-specific = { $standard } uniquement
kw-ms-coverage-recorded = Enregistré
kw-ms-coverage-inherited = Couvert par l'article parent
kw-ms-coverage-subclauses = Couvert par ses sous-articles
kw-ms-coverage-partial = Enregistré pour une seule norme
kw-ms-coverage-not_recorded = Non enregistré

chart-in-total = au total

## Cartes de chaleur des risques

heatmap-inherent = Risques avant traitement (inhérents)
heatmap-residual = Risques après traitement (résiduels)
heatmap-not-rated = Non évalués :

## Termes des catalogues

kw-group-theme = Thème
kw-group-objective = Objectif
soa-annex-heading = { $standard } Annexe A

## Le classeur (XLSX) : noms des feuilles, en-têtes de colonnes, libellés et messages

xl-sub-group = Sous-{ $group }
xl-annex-sheet = { $namespace } Annexe A
xl-subject = Déclaration d'applicabilité pour { $standards }
xl-generated-on = { $date } par { $generator }
xl-due-on = échéance { $date }
xl-ai-systems = Systèmes d'IA
xl-aims-scope-iso-iec-42001 = Domaine d'application du SMIA (ISO/IEC 42001)
xl-acceptance = Acceptation
xl-actions = Actions
xl-additional-controls = Mesures supplémentaires
xl-after-treatment = Après traitement
xl-all-annex-a-controls = Toutes les mesures de l'annexe A
xl-applicable = Applicable
xl-approval-date = Date d'approbation
xl-approver = Approbateur
xl-author = Auteur
xl-before-treatment = Avant traitement
xl-changes = Modifications
xl-choose-yes-or-no = Choisir Oui ou Non.
xl-choose-one-of-the-four-statuses-leave-it = Choisir l'un des quatre statuts ; laisser vide si la mesure est exclue.
xl-classification = Classification
xl-control = Mesure
xl-controls = Mesures
xl-date = Date
xl-description = Description
xl-document-id = Référence du document
xl-document-control = Maîtrise du document
xl-evidence = Preuves
xl-generated = Généré
xl-id = Réf.
xl-isms-scope-iso-iec-27001 = Domaine d'application du SMSI (ISO/IEC 27001)
xl-implementation = Mise en œuvre
xl-justification = Justification
xl-kind = Type
xl-last-review = Dernière revue
xl-level-after = Niveau après
xl-level-before = Niveau avant
xl-next-review = Prochaine revue
xl-not-recorded-above-the-acceptance = Non enregistrée (au-dessus des critères d'acceptation)
xl-notes = Remarques
xl-owner = Responsable
xl-pick-a-reason-from-the-list-for-several = Choisir un motif dans la liste. Pour plusieurs motifs, en saisir un par ligne (Alt+Entrée), chacun tel que la liste le formule.
xl-rationale = Justification
xl-reasons-for-inclusion = Motifs d'inclusion
xl-review-cycle = Cycle de revue
xl-revision-history = Historique des révisions
xl-risk = Risque
xl-risk-id = Réf. du risque
xl-risk-owner = Propriétaire du risque
xl-risks = Risques
xl-source = Origine
xl-statement-of-applicability = Déclaration d'applicabilité
xl-status = Statut
xl-status-of-controls = Statut des mesures
xl-status-reason = Motif du statut
xl-summary = Synthèse
xl-target-date = Échéance
xl-the-figures-are-formulas-over-the = Les chiffres sont des formules sur les feuilles des mesures : ils suivent toute modification faite dans celles-ci.
xl-total = Total
xl-treated-by-controls-status-in-the-soa = Traité par les mesures (statut selon la DdA)
xl-treatment = Traitement
xl-version = Version

## Noms des champs et des sections du journal des modifications

xl-ai-policy = Politique d'IA
xl-ai-roles = Rôles vis-à-vis de l'IA
xl-aims-scope = Domaine d'application du SMIA
xl-affected-parties = Parties concernées
xl-applicability = Applicabilité
xl-approval-reference = Référence d'approbation
xl-approved-by = Approuvé par
xl-assessment = Évaluation
xl-autonomy = Autonomie
xl-catalogs-in-scope = Catalogues retenus
xl-communication = Communication
xl-controls-added-or-removed = Mesures ajoutées ou retirées
xl-data = Données
xl-effective-date = Date d'entrée en vigueur
xl-exceptions = Exceptions
xl-foreseeable-misuse = Mauvais usage prévisible
xl-human-oversight = Supervision humaine
xl-isms-scope = Domaine d'application du SMSI
xl-impact-scale = Échelle d'impact
xl-impacts = Impacts
xl-implementation-status = État de mise en œuvre
xl-intended-users = Utilisateurs prévus
xl-jurisdictions = Juridictions
xl-justifications = Justifications
xl-levels = Niveaux
xl-life-cycle-stage = Phase du cycle de vie
xl-likelihood-scale = Échelle de vraisemblance
xl-management-system = Système de management
xl-management-system-matrix-id = Référence de la matrice du système de management
xl-management-system-matrix-approval-date = Date d'approbation de la matrice du système de management
xl-management-system-matrix-approval = Référence d'approbation de la matrice du système de management
xl-management-system-matrix-approver = Approbateur de la matrice du système de management
xl-management-system-matrix-classification = Classification de la matrice du système de management
xl-management-system-matrix-date = Date de la matrice du système de management
xl-management-system-matrix-effective-date = Entrée en vigueur de la matrice du système de management
xl-management-system-matrix-next-review = Prochaine revue de la matrice du système de management
xl-management-system-matrix-owner = Responsable de la matrice du système de management
xl-management-system-matrix-review-cycle = Cycle de revue de la matrice du système de management
xl-management-system-matrix-version = Version de la matrice du système de management
xl-matrix = Matrice
xl-models = Modèles
xl-name = Nom
xl-objectives = Objectifs
xl-organisation-and-scope = Organisation et domaine d'application
xl-other-decision-fields = Autres champs de décision
xl-owners = Responsables
xl-policy-id = Référence de la politique
xl-policy-approval-date = Date d'approbation de la politique
xl-policy-approval-reference = Référence d'approbation de la politique
xl-policy-approver = Approbateur de la politique
xl-policy-classification = Classification de la politique
xl-policy-date = Date de la politique
xl-policy-effective-date = Entrée en vigueur de la politique
xl-policy-next-review = Prochaine revue de la politique
xl-policy-owner = Responsable de la politique
xl-policy-review-cycle = Cycle de revue de la politique
xl-policy-version = Version de la politique
xl-principles = Principes
xl-process = Processus
xl-purpose = Finalité
xl-rating = Cotation
xl-reasons = Motifs
xl-related-policies = Politiques associées
xl-revisions-added = Révisions ajoutées
xl-risk-treatment-plan-id = Référence du plan de traitement des risques
xl-risk-treatment-plan-approval-date = Date d'approbation du plan de traitement des risques
xl-risk-treatment-plan-approval-reference = Référence d'approbation du plan de traitement des risques
xl-risk-treatment-plan-approver = Approbateur du plan de traitement des risques
xl-risk-treatment-plan-classification = Classification du plan de traitement des risques
xl-risk-treatment-plan-date = Date du plan de traitement des risques
xl-risk-treatment-plan-effective-date = Entrée en vigueur du plan de traitement des risques
xl-risk-treatment-plan-next-review = Prochaine revue du plan de traitement des risques
xl-risk-treatment-plan-owner = Responsable du plan de traitement des risques
xl-risk-treatment-plan-review-cycle = Cycle de revue du plan de traitement des risques
xl-risk-treatment-plan-version = Version du plan de traitement des risques
xl-role = Rôle
xl-title = Intitulé
xl-vulnerable-groups = Groupes vulnérables

## Les champs à remplir du jeu de modèles (build --blank)

blank-how-far-the-system-acts-without-a-person = Dans quelle mesure le système agit sans qu'une personne décide.
blank-the-boundaries-of-the-ai-management = Les limites du système de management de l'IA : les systèmes d'IA, activités et rôles qu'il couvre.
blank-the-boundaries-of-the-information = Les limites du système de management de la sécurité de l'information : unités organisationnelles, sites, services, systèmes et interfaces inclus, et ce qui en est exclu.
blank-what-the-system-is-for-and-its-intended = La finalité du système et son usage prévu.
blank-who-can-monitor-intervene-in-and = Qui peut surveiller le système, intervenir et reprendre la main, comment, et avec quelle formation et quelle autorité.
blank-ai-system-name = [Nom du système d'IA]
blank-approver-role = [Fonction de l'approbateur]
blank-author = [Auteur]
blank-classification = [Classification]
blank-document-id = [Référence du document]
blank-draft-or-approved = [Projet ou approuvé]
blank-organisation-name = [Nom de l'organisme]
blank-owner-role = [Fonction du responsable]
blank-review-cycle-e-g-annually-and-after = [Cycle de revue, p. ex. annuel et après tout changement important]
blank-to-complete = [À compléter]
blank-version = [Version]
blank-what-changed = [Ce qui a changé]
blank-yyyy-mm-dd = [JJ/MM/AAAA]
