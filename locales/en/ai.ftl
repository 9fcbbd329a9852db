# annexa: the AI policy and the AI system impact assessments (English, the reference language).

## AI system impact assessment (ai-impact-assessment.md)

aiia-title = AI system impact assessment: { $name }
aiia-subtitle = ISO/IEC 42001:2023 clauses 6.1.4 and 8.4, controls A.5.2 to A.5.5; structured after ISO/IEC 42005:2025
aiia-assessment-status = Assessment status
aiia-status-approved = Completed and approved
aiia-status-recorded = Impacts recorded, approval outstanding
aiia-status-in-progress-recorded = In progress: impacts recorded, approval outstanding
aiia-status-in-progress = In progress: impacts to be recorded
aiia-status-template = Template: to be completed
aiia-assessor = Assessor
aiia-assessment-date = Assessment date
aiia-approval-in-section = The approval of this assessment is recorded in section 11.
aiia-scope-heading = 1. Scope of the assessment
aiia-scope-roles = This assessment covers the potential consequences of { $name } for individuals, groups of individuals and society, across its life cycle and in the technical, social and legal context in which it is developed, provided or used by the organisation in its role as { $roles }. Its results feed the AI risk assessment (clause 6.1.2) and are made available to interested parties where appropriate (control A.5.3).
aiia-scope-used = This assessment covers the potential consequences of { $name } for individuals, groups of individuals and society, across its life cycle and in the technical, social and legal context in which it is used. Its results feed the AI risk assessment (clause 6.1.2) and are made available to interested parties where appropriate (control A.5.3).
aiia-lifecycle = Life cycle stage
aiia-org-role = The organisation's role
aiia-jurisdictions = Jurisdictions
aiia-jurisdictions-hint = where the system is provided or used
aiia-system-owner = System owner
aiia-system-heading = 2. The AI system
aiia-purpose = Purpose and intended use.
aiia-description-hint = What the system does, how its outputs are used, and the deployment context.
aiia-intended-users = Intended users.
aiia-misuse = Reasonably foreseeable misuse.
aiia-misuse-hint = Ways the system could be used other than intended, on purpose or by mistake, and what would follow.
aiia-autonomy = Level of autonomy.
aiia-data-heading = 3. Data
aiia-data-hint = The data used to develop, run and monitor the system: training, input and output data.
aiia-data-managed = Provenance, quality and representativeness of these data are managed under controls A.7.2 to A.7.6; section 8 gives their status.
aiia-data-quality-hint = For each data set: its provenance, its quality, and how representative it is of the people the system affects; known gaps and their consequences (controls A.7.2 to A.7.6).
aiia-models-heading = 4. Algorithms and models
aiia-models-hint = The algorithms and models, how they were chosen, trained, verified and validated, and their known limitations.
aiia-parties-heading = 5. Interested parties affected
aiia-directly-affected = Directly affected
aiia-users = Users of the system
aiia-vulnerable = Vulnerable groups
aiia-vulnerable-hint = groups who could be harmed more, or less able to object
aiia-scale-heading = 6. Rating scale
aiia-scale-text = Each harmful impact is rated for how likely it is and how severe it would be; the rating is likelihood × severity (1 to 25). Low is 1 to 4, Medium 5 to 9, High 10 to 16, Very high 17 to 25. A High or Very high impact needs measures approved by the assessment's approver before the system is deployed or changed.
aiia-score = Score
aiia-severity = Severity
aiia-impacts-heading = 7. Impacts
aiia-impacts-caption = Impacts of { $name }: { $n } assessed
aiia-impacts-caption-blank = Impacts of { $name }: to be assessed
aiia-dimension = Dimension
aiia-affected = Affected
aiia-rating = Rating
aiia-measures = Measures
aiia-impacts-hint = Record each actual or reasonably foreseeable impact, beneficial or harmful, in every dimension below; rate harmful ones on the scale above, and name the measures and the controls that carry them.
aiia-measures-heading = 8. Measures and the ISO/IEC 42001 controls that carry them
aiia-measures-intro = The controls of objective A.5 and those the Statement of Applicability links to { $name }, with their decisions as recorded there.
aiia-measures-intro-blank = The controls of objective A.5 and those the Statement of Applicability links to { $name }, with their decisions.
aiia-measures-hint = The controls that carry the measures above, with their status and owner.
aiia-oversight-heading = 9. Human oversight
aiia-monitoring-heading = 10. Monitoring and review
aiia-review-next = This assessment is next reviewed by { $date }, and earlier when any of these happens:
aiia-review-planned = This assessment is reviewed at planned intervals ({ $todo } the interval) and when any of these happens:
aiia-review-triggers =
    - a material change to the model, its training data or its features, or a retraining;
    - a new intended use, user group, affected group or jurisdiction;
    - a serious incident, a pattern of complaints or appeals, or monitoring that shows drift or unequal outcomes;
    - a change in the law or guidance that applies to the system;
    - a change in a supplier or component the system depends on.
aiia-monitoring-hint = The monitoring measures and thresholds specific to this system, who watches them, and how often.
aiia-approval-heading = 11. Approval
aiia-approver-hint = the role that approved it

## AI policy (ai-policy.md)

policy-title = AI policy
policy-title-heading = AI Policy
policy-subtitle = policy for the AI management system (ISO/IEC 42001:2023, clause 5.2)
policy-purpose-heading = 1. Purpose
policy-purpose-roles = { $org } develops, provides or uses AI systems, in these roles: { $roles }. This policy sets top management's direction for that work: the principles it follows, how AI objectives are set, and the commitments to meet applicable requirements and to improve the AI management system continually. It applies together with the information security management system: both run on one set of management-system processes (clauses 4 to 10).
policy-purpose = { $org } develops, provides or uses AI systems. This policy sets top management's direction for that work: the principles it follows, how AI objectives are set, and the commitments to meet applicable requirements and to improve the AI management system continually. It applies together with the information security management system: both run on one set of management-system processes (clauses 4 to 10).
policy-purpose-hint = How AI serves the organisation's purpose and strategy, and the values, culture, risk environment and legal setting this policy reflects. Write it in top management's words.
policy-scope-heading = 2. Scope
policy-scope-hint = The boundaries of the AI management system: which AI systems, activities, sites and roles it covers.
policy-systems-caption = AI systems in scope: { $n }
policy-purpose-col = Purpose
policy-systems-hint = List the AI systems in scope (name, purpose, the organisation's role, life cycle stage, owner).
policy-principles-heading = 3. Principles
policy-principles-intro = In its work with AI, { $org } follows these principles:
policy-principles-hint = The principles that guide the organisation's AI work, in its own words, and what each means in practice: for example fairness, transparency and explainability, human oversight, privacy, safety and security, accountability, and respect for human rights. Keep them few and testable.
policy-objectives-heading = 4. Framework for setting AI objectives
policy-objectives-text = AI objectives are set by top management and the AI governance function at the management review, consistent with this policy and with the results of the AI risk assessment and the AI system impact assessments. Each objective states what will be achieved, by when, who is responsible and how achievement is measured; progress is monitored and reported to the management review, and objectives are revised when the context or the risks change (clause 6.2).
policy-objectives-current = Current AI objectives:
policy-objectives-hint = The current AI objectives, or where they are recorded: each measurable, with an owner and a date.
policy-requirements-heading = 5. Commitment to applicable requirements
policy-requirements-text = Top management commits to meet the requirements that apply to the organisation's AI systems: legal and regulatory obligations, contractual commitments to customers, and the requirements of the AI management system itself. Where a requirement and a business goal conflict, the requirement prevails, and the conflict is escalated to top management.
policy-requirement-controls = The ISO/IEC 42001 controls applied because of a legal, regulatory or contractual requirement are { $controls }; each row of the Statement of Applicability names the requirement in its justification.
policy-requirements-hint = The legal, regulatory and contractual requirements that apply to the organisation's AI systems.
policy-requirements-hint-blank = The legal, regulatory and contractual requirements that apply to the organisation's AI systems, and the controls that meet them.
policy-improvement-heading = 6. Commitment to continual improvement
policy-improvement-text = Top management commits to improve the suitability, adequacy and effectiveness of the AI management system continually: through internal audit, the management review, the monitoring of AI systems in operation, and corrective action on nonconformities and incidents (clauses 9 and 10).
policy-improvement-figures = Of the { $applicable } applicable ISO/IEC 42001 controls, { $implemented } are implemented, { $partial } partially implemented, { $planned } planned and { $not_implemented } not implemented (Statement of Applicability { $id }, version { $version }); the open ones are tracked to their target dates.
policy-related-heading = 7. Relation to other policies
policy-related-text = This policy works with the organisation's other policies rather than repeating them (control A.2.3). Where AI raises questions of information security, privacy, quality or ethics, the policy for that topic applies together with this one.
policy-related-hint = List the related policies by reference: information security, data protection and privacy, acceptable use, supplier management, quality, ethics or code of conduct.
policy-roles-heading = 8. Roles and responsibilities
policy-roles-text = Top management owns this policy and the AI management system. The owners below are accountable for the applicable ISO/IEC 42001 controls, as the Statement of Applicability records them (control A.3.2).
policy-roles-hint = The roles accountable for the AI management system and its controls.
policy-communication-heading = 9. Communication and availability
policy-communication-hint = How the policy is communicated to everyone working under the organisation's control (induction, training, intranet), and how it is made available to interested parties such as customers, users and regulators (control A.8.5).
policy-exceptions-heading = 10. Deviations and exceptions
policy-exceptions-hint = How a deviation from this policy is requested, risk-assessed, approved (by whom), time-limited and recorded, and how concerns are reported (control A.3.3).
policy-review-heading = 11. Review
policy-review-text = This policy is reviewed at planned intervals and whenever the organisation's AI systems, their context or the applicable requirements change significantly (control A.2.4). A review that changes the policy gives it a new version, recorded in the revision history and approved by top management.
policy-planned-interval = Planned interval:
policy-next-review = Next review:
policy-annex-heading = Annex: the ISO/IEC 42001 decisions this policy relies on
policy-annex-blank = Copy each decision from the Statement of Applicability.
policy-annex-from = From the Statement of Applicability { $id }, version { $version }.
policy-annex-caption = { $standard } Annex A decisions
