//! The closed sets of keywords a decisions file uses (reasons, AI roles, life-cycle stages,
//! impact scales, status), each with its YAML key and the label documents show.
//!
//! One macro declares them all, so that the keys a validator accepts, the keys a "did you mean"
//! offers and the labels a renderer prints come from one list per set.

/// Declares a closed set of YAML keywords: `$name::parse("keyword")`, `.key()` and `.label()`.
macro_rules! keyword_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal, $label:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($key => Some($name::$variant),)+ _ => None }
            }
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

keyword_enum!(
    /// Why a control is included (the closed set practitioners use).
    Reason {
        Legal = "legal", "Legal or regulatory requirement";
        Contractual = "contractual", "Contractual requirement";
        Risk = "risk", "Risk assessment";
        Business = "business", "Business requirement or good practice";
    }
);

keyword_enum!(
    /// The organisation's role toward AI (after ISO/IEC 22989).
    AiRole {
        Provider = "ai_provider", "AI provider";
        Producer = "ai_producer", "AI producer (developer)";
        Customer = "ai_customer", "AI customer (user)";
        Partner = "ai_partner", "AI partner";
        Subject = "ai_subject", "AI subject";
        Authority = "relevant_authority", "Relevant authority";
    }
);

keyword_enum!(
    /// Where an AI system is in its life cycle.
    Lifecycle {
        Inception = "inception", "Inception";
        Design = "design", "Design and development";
        Development = "development", "Development";
        Verification = "verification", "Verification and validation";
        Deployment = "deployment", "Deployment";
        Operation = "operation", "Operation and monitoring";
        Retired = "retired", "Retired";
    }
);

keyword_enum!(
    /// The dimensions an impact assessment covers.
    Dimension {
        Fairness = "fairness", "Fairness";
        Transparency = "transparency", "Transparency and explainability";
        Privacy = "privacy", "Privacy";
        Safety = "safety", "Safety";
        Security = "security", "Security";
        Accountability = "accountability", "Accountability";
        HumanRights = "human_rights", "Human rights";
        Environment = "environment", "Environment";
        Society = "society", "Society";
    }
);

keyword_enum!(
    /// Likelihood of an impact (1–5).
    Likelihood {
        Rare = "rare", "Rare";
        Unlikely = "unlikely", "Unlikely";
        Possible = "possible", "Possible";
        Likely = "likely", "Likely";
        AlmostCertain = "almost_certain", "Almost certain";
    }
);

keyword_enum!(
    /// Severity of an impact (1–5).
    ImpactSeverity {
        Negligible = "negligible", "Negligible";
        Minor = "minor", "Minor";
        Moderate = "moderate", "Moderate";
        Major = "major", "Major";
        Severe = "severe", "Severe";
    }
);

keyword_enum!(
    /// Whether an impact helps or harms.
    ImpactKind {
        Harmful = "harmful", "Harmful";
        Beneficial = "beneficial", "Beneficial";
    }
);

keyword_enum!(
    /// The implementation status keywords, as written in the decisions file.
    StatusKey {
        Implemented = "implemented", "Implemented";
        Partial = "partial", "Partially implemented";
        Planned = "planned", "Planned";
        NotImplemented = "not_implemented", "Not implemented";
    }
);
