# annexa: the Statement of Applicability, the risk treatment plan, the management-system
# matrix and the change log (English, the reference language).

## Statement of Applicability (soa.md)

soa-title = Statement of Applicability
soa-documents-of-set = Documents of this set
soa-documents-of-set-intro = Each document of the set has its own identification, version and approval; the others cite them as listed here.
soa-document = Document
soa-this-document = (this document)
soa-isms = Information security management system
soa-aims = AI management system
soa-ai-roles = The organisation's roles toward AI:
soa-both-standards =
    Both standards share one management system: clauses 4 to 10 (context, leadership, planning,
    support, operation, performance evaluation and improvement) are run once, with the two scopes
    above. This statement covers the Annex A controls of both standards; each control ID carries its
    standard's prefix, because the two annexes reuse the same numbers for different controls.
soa-management-system = Management system
soa-ms-paired = Clauses 4 to 10 of { $standards } are paired by clause number: { $rows } clause numbers, { $shared } shared by the standards and { $specific } specific to one standard
soa-ms-follows = The management system follows the { $rows } clauses of { $standard }.
soa-ms-none-recorded = No process, owner or evidence is recorded yet for any clause.
soa-ms-covered = The organisation records a process, owner and evidence for each clause; { $covered } of the { $rows } are covered
soa-ms-not-yet = , and these are not yet (or not for every standard):
soa-ms-matrix-is = The matrix, clause by clause, is document { $id } (*Integrated management system*).
soa-ms-table-caption = Management-system clauses by top-level clause
soa-summary-blank = Fill in the figures once every control is decided.
soa-summary-decided = Controls decided: { $n }
soa-summary-applicable = Applicable: { $n } (implemented { $implemented }, partially implemented { $partial }, planned { $planned }, not implemented { $not_implemented })
soa-summary-excluded = Excluded, with justification: { $n }
soa-summary-additional = Additional controls outside the catalogs: { $n }
soa-summary-caption = Controls by standard and
# The catalog's group label ("theme", "objective") inside the caption, lower-cased by the
# template; a language that capitalises nouns picks its own form.
soa-group-in-caption = { $label }
soa-standard = Standard
soa-group = Group
soa-all = All
soa-all-standards = All standards
soa-changes-since = Changes since version { $version }
soa-changes-intro = What changed from version { $version } ({ $date }) of the decisions behind this statement to this version, computed from the two decisions files.
soa-legend-heading = How to read this statement
soa-legend =
    Each control of the catalogs in scope appears exactly once, with its decision. **Applicable** says whether the control is
    needed. **Reasons** say why it is included: *Legal* (legal or regulatory requirement),
    {"*"}Contractual* (contractual requirement), *Risk* (the risk assessment, with the risk IDs listed
    under Risk references) or *Business* (business requirement or good practice). The
    {"*"}*justification** explains the inclusion or, for an excluded control, why it is not needed.
    {"*"}*Status** is *Implemented*, *Partially implemented*, *Planned* (with its target date) or *Not
    implemented* (with the reason), followed by the date the control was last reviewed. Control
    titles are the standards' short titles; control text is not reproduced.
soa-group-controls = { $n } controls
soa-group-applicable = { $n } applicable
soa-control-text = Control text:
soa-ai-systems = AI systems:
soa-ai-systems-label = AI systems
soa-impact-assessments = Impact assessments:
soa-related-heading = Related controls between the standards
soa-related-intro = for each control, the controls said to support it, with the decision this statement records for each.
soa-related-source = Source:
soa-related-count = { $related } of the { $controls } controls below { $related ->
        [1] has
       *[other] have
    } related controls.
soa-related-flagged = **{ $n } { $n ->
        [1] is
       *[other] are
    } flagged**: applicable, while every related control is excluded.
soa-related-none-flagged = None is applicable while every related control is excluded.
soa-related-caption = Related controls: { $controls } controls, { $related } with related controls
soa-related-decisions = Related controls and their decisions
soa-related-how = How they support it
soa-related-to-decide = to decide
soa-related-no-counterpart = None: no counterpart in the mapping
soa-related-flag = Flag: every related control is excluded.
soa-additional-heading = Additional controls
soa-additional-intro = Controls the risk treatment found necessary that are not in either Annex A.
soa-risks-heading = Risk references
soa-risks-intro =
    The risks from the risk assessment that the reasons above name. How each is treated, its rating
    before and after treatment and the acceptance of what remains are in the risk treatment plan,
soa-risk = Risk
soa-risk-description = Description
soa-risk-treatment = Treatment
soa-risk-after = After treatment
soa-risk-cited-by = Cited by
soa-risk-accepted = accepted
soa-risk-not-accepted = not accepted

## Risk treatment plan (risk-treatment-plan.md)

rtp-title = Risk treatment plan
rtp-purpose = Purpose
rtp-purpose-text =
    This plan records, for each risk in the risk register, the treatment option chosen, the controls
    that carry it, the actions still to be taken, and the risk that remains with who accepted it, as
    clause 6.1.3 of { $standards } requires. The controls listed for a risk are not entered twice:
    they are the controls whose reasons in the Statement of Applicability cite the risk, with the
    status that statement records.
rtp-purpose-date =
    Whether an action or a control is late is
    judged on { $date }, the date of the Statement of Applicability.
rtp-criteria = Risk criteria
rtp-criteria-blank = [To complete] Replace the scales, levels and acceptance level below with the organisation's own
    risk criteria (`risk_criteria:` in the decisions file). These are annexa's defaults.
rtp-criteria-default =
    The organisation has not recorded its own risk criteria; risks are rated on annexa's default
    5 × 5 scales below
rtp-criteria-default-ai = , the scales of the AI system impact assessments
rtp-likelihood-scale = Likelihood scale
rtp-impact-scale = Impact scale
rtp-step = Step
rtp-likelihood = Likelihood
rtp-impact = Impact
rtp-meaning = Meaning
rtp-matrix-intro = A risk's level is read from the risk matrix: likelihood down the side, impact across the top.
rtp-matrix = Risk matrix
rtp-score-sum = A risk's score is likelihood + impact; its level is the band the score falls in.
rtp-score-product = A risk's score is likelihood × impact; its level is the band the score falls in.
rtp-levels-caption = Risk levels and acceptance
rtp-level = Level
rtp-scores = Scores
rtp-residual-at-level = Residual risk at this level
rtp-needs-acceptance = Needs a recorded acceptance
rtp-within-criteria = Within the acceptance criteria
rtp-acceptance-criteria =
    {"*"}*Acceptance criteria:** residual risk up to **{ $level }** is within the
    criteria and accepted by its risk owner with this plan; above it, a risk stays in the plan only
    with a recorded acceptance: who accepted it, when, and where that is recorded.
rtp-summary-blank = [To complete] The figures and heat maps follow from the register once the risks are assessed.
    (annexa computes them from a decisions file.)
rtp-summary-risks = Risks in the register: { $n } ({ $security } information security, { $ai } AI)
rtp-summary-treatment = Treatment: { $modify } modify, { $retain } retain, { $avoid } avoid, { $share } share
rtp-summary-undecided = { $n } not yet decided
rtp-summary-residual = Residual risk: { $within } within the acceptance criteria, { $above } above them ({ $accepted } with a recorded acceptance)
rtp-summary-unrated = { $n } not rated
rtp-summary-actions = Actions: { $n }, of which { $open } open and { $overdue } overdue
rtp-summary-late = Controls that treat a risk and are past their target date: { $n }
rtp-by-level-caption = Risks by level, before and after treatment
rtp-before = Before treatment
rtp-glance-caption = The register at a glance
rtp-acceptance = Acceptance
rtp-not-rated = Not rated
rtp-not-decided = Not decided
rtp-within-criteria-short = Within criteria
rtp-not-recorded = Not recorded
rtp-attention = Overdue actions and late controls
rtp-as-of = As of { $date }, the date of this plan.
rtp-overdue-caption = Actions due before { $date } and not done: { $n }
rtp-action = Action
rtp-due = Due
rtp-state = State
rtp-no-overdue = No action is overdue: every action due by this date is done or cancelled.
rtp-late-caption = Controls that treat a risk, past their target date: { $n }
rtp-target-date = Target date
rtp-risks = Risks
rtp-no-late = No control that treats a risk is past its target date.
rtp-by-risk = Treatment, risk by risk
rtp-blank-heading = [Risk ID] [Risk title]
rtp-blank-what = [To complete] What could happen, to what, and why.
rtp-kind = Kind
rtp-risk-owner = Risk owner
rtp-rationale = Rationale
rtp-blank-kind = [Information security or AI]
rtp-blank-owner = [Owner role]
rtp-blank-ai-systems = [For an AI risk: the AI systems it concerns]
rtp-blank-rating = [Likelihood × impact, level]
rtp-blank-treatment = [Modify, retain, avoid or share]
rtp-blank-rationale = [Why this option]
rtp-blank-acceptance = [Above the acceptance level: accepted by, date, reference]
rtp-blank-date = [YYYY-MM-DD]
rtp-blank-controls-caption = Controls treating the risk (from the Statement of Applicability)
rtp-blank-control-id = [Control ID]
rtp-blank-title = [Title]
rtp-blank-status = [Status]
rtp-actions = Actions
rtp-blank-id = [ID]
rtp-blank-action = [What will be done]
rtp-blank-state = [Open, in progress, done or cancelled]
rtp-within-acceptance = within the acceptance criteria
rtp-above-acceptance = above the acceptance criteria
rtp-accepted-by = Accepted by { $by } on { $date }
rtp-accepted-by-owner = Within the criteria: accepted by the risk owner with this plan
rtp-none-recorded = None recorded
rtp-treating-caption = Controls treating { $id } (from the Statement of Applicability): { $n }
rtp-past-target = past target
rtp-no-control-cites = No control in the Statement of Applicability cites { $id }.
rtp-actions-for = Actions for { $id }: { $n }
rtp-overdue = overdue

## Change log (changes.md, changes-body.md)

chg-title = Changes to { $id }
chg-from-to = From version { $from } ({ $from_date }) to version { $to } ({ $to_date }), computed from the two decisions files.
chg-from-to-other = From version { $from } ({ $from_date }) of { $from_id } to version { $to } ({ $to_date }), computed from the two decisions files.
chg-none = none
chg-added = Added:
chg-removed = Removed:
chg-field = Field
chg-change = Change
chg-no-changes = No changes: the two decisions files record the same decisions, document control and inventories.
chg-by-section = Changes by section: { $n } in all
chg-section = Section
chg-legend = Removed words are ~~struck through~~ and added words are **bold**; an ellipsis (…) stands for unchanged words left out.
chg-revisions-added = Revision history entries added:
chg-revision = Version { $version }, { $date }:
chg-organisation = Organisation and scope
chg-catalogs = Catalogs in scope
chg-catalog = Catalog
chg-applicability = Applicability
chg-before = Before
chg-after = After
chg-unchanged = unchanged
chg-status = Implementation status
chg-justifications = Justifications
chg-owners = Owners
chg-other-fields = Other decision fields
chg-controls = Controls added or removed
chg-ai-system = AI system

## Integrated management-system matrix (management-system.md)

ms-title = Integrated management system
ms-subtitle-several = clauses 4 to 10 of { $standards }, run as one management system
ms-subtitle-one = clauses 4 to 10 of { $standards } and how the organisation meets each
ms-reading-heading = How to read this matrix
ms-reading-several =
    Each row is one clause number, with the title of each standard's clause of that number side by
    side. **Clauses are paired by number.** The standards follow the same high-level structure, so
    a number that exists in more than one of them is one row, even where the titles differ to name
    each standard's subject. Such a clause is
    {"*"}*shared**: one piece of management-system machinery serving every scope, although the
    organisation may record a separate process for each standard. A number that only one standard
    has is **specific** to it and has no counterpart in the other
ms-reading-here = : here
ms-reading-one = Each row is one clause of { $standard }.
ms-reading-process =
    The process, owner and evidence are the organisation's own record of how it meets each
    clause. A clause with no entry of its own is covered by its parent clause's entry (an entry
    for 9.2 covers 9.2.1 and 9.2.2), and a heading clause is covered when each of its sub-clauses
    is. Clause titles are the standards' short titles; their text is not reproduced.
ms-pair-caption = Clause numbers and how they pair
ms-clause = Clause
ms-clauses = Clauses
ms-clause-numbers = Clause numbers
ms-clauses-of = Clauses of { $standard }
ms-shared = Shared
ms-specific = Specific to one standard
ms-covered = Covered
ms-not-covered = Not covered
ms-rows-one = { $n } clauses and sub-clauses of { $standard }.
ms-covered-caption-several = How the clause numbers are covered
ms-covered-caption-one = How the clauses are covered
ms-own-process = Own process recorded
ms-by-parent = Covered by the parent clause
ms-by-subclauses = Covered by the sub-clauses
ms-one-standard-only = Recorded for one standard only
ms-still-without = Clauses still without a recorded process:
ms-still-without-every = Clauses still without a recorded process for every standard:
ms-section-heading = Clause { $id }: { $title }
ms-section-caption = Clause { $id }, { $title }:
ms-n-clause-numbers = { $n } clause numbers
ms-n-clauses = { $n } clauses
ms-machinery = Machinery
ms-process = Process
ms-no-counterpart = No counterpart
ms-as-clause = As clause { $id }.
ms-not-recorded-for = Not recorded for { $standards }.
ms-documents-of-set = Documents of this set:

## Drafts (build --draft)

header-draft-mark = DRAFT
draft-mark = DRAFT · not approved
draft-banner = **DRAFT**: not approved; { $n } { $n ->
        [1] problem
       *[other] problems
    } left, listed at the end of the Statement of Applicability.
common-undecided = Undecided
soa-summary-decided-draft = Controls decided: { $decided } of { $n } ({ $undecided } still undecided)
soa-draft-heading = Draft: problems left
soa-draft-intro =
    This is a draft: it was built before every control was decided and every required field given.
    { $n } { $n ->
        [1] control is
       *[other] controls are
    } still undecided. These problems remain (`annexa validate` reports them with their context):
