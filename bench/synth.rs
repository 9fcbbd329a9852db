//! Synthetic inputs for the benchmarks and scale tests: a catalog of `n` controls under the
//! namespace `SYN` (groups of 30) and a decisions file that decides every one of them with
//! realistic-length text and a mix of statuses and exclusions. Deterministic: the same `n`
//! always gives the same bytes.

/// `(catalog YAML, decisions YAML)` for `n` controls; the decisions file names the catalog as
/// `syn-catalog.yaml` beside it.
pub fn generate(n: usize) -> (String, String) {
    (catalog(n), decisions(n))
}

/// The file name the decisions file expects the catalog under.
pub const CATALOG_FILE: &str = "syn-catalog.yaml";

const WORDS: &[&str] = &[
    "access",
    "review",
    "supplier",
    "laptop",
    "encryption",
    "backup",
    "incident",
    "logging",
    "model",
    "drift",
    "lender",
    "borrower",
    "contract",
    "quarterly",
    "register",
    "approval",
    "production",
    "release",
    "evidence",
    "privileged",
    "retention",
    "monitoring",
    "training",
    "customer",
    "platform",
    "schedule",
    "assessment",
    "exception",
    "owner",
    "records",
];

/// A sentence of `len` words drawn deterministically from `seed`.
fn sentence(seed: usize, len: usize) -> String {
    let mut s = String::new();
    let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(12_345);
    for i in 0..len {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let w = WORDS[(x >> 33) % WORDS.len()];
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

fn group_of(i: usize) -> usize {
    i / 30 + 1
}

fn control_id(i: usize) -> String {
    format!("G.{}.{}", group_of(i), i % 30 + 1)
}

fn catalog(n: usize) -> String {
    let mut y = String::with_capacity(n * 200);
    y.push_str("namespace: SYN\nname: Synthetic benchmark catalog\ngroup_label: Domain\ngroups:\n");
    for g in 1..=group_of(n.saturating_sub(1)) {
        y.push_str(&format!(
            "  - id: G.{g}\n    title: Synthetic domain {g} {}\n",
            sentence(g, 3).trim_end_matches('.')
        ));
    }
    y.push_str("controls:\n");
    for i in 0..n {
        y.push_str(&format!(
            "  - id: {}\n    title: {}\n    group: G.{}\n    summary: >-\n      {}\n",
            control_id(i),
            sentence(i * 7 + 1, 5).trim_end_matches('.'),
            group_of(i),
            sentence(i * 7 + 2, 28)
        ));
    }
    y
}

fn decisions(n: usize) -> String {
    let mut y = String::with_capacity(n * 700);
    y.push_str(&format!(
        "organisation:\n  name: Synthetic Ltd\n  scope:\n    isms: >-\n      {}\ndocument:\n  \
         id: SYN-SOA-001\n  title: Statement of Applicability\n  version: \"1.0\"\n  \
         date: 2026-11-02\n  classification: Internal\n  owner: Head of Information Security\n  \
         approver: Chief Executive Officer\n  approval_date: 2026-11-02\n  \
         next_review: 2027-11-01\ncatalogs:\n  - {CATALOG_FILE}\n",
        sentence(1, 40)
    ));
    y.push_str("risks:\n");
    for r in 1..=20 {
        y.push_str(&format!(
            "  - id: R-{r:02}\n    title: {}\n",
            sentence(r * 3, 12)
        ));
    }
    y.push_str("controls:\n");
    for i in 0..n {
        y.push_str(&format!("  SYN:{}:\n", control_id(i)));
        if i % 23 == 5 {
            y.push_str(&format!(
                "    applicable: false\n    justification: >-\n      {}\n",
                sentence(i * 11, 45)
            ));
            continue;
        }
        let (status, extra) = match i % 10 {
            0..=6 => ("implemented", String::new()),
            7 | 8 => (
                "partial",
                format!(
                    "    status_reason: >-\n      {}\n    target_date: 2027-03-31\n",
                    sentence(i * 13, 25)
                ),
            ),
            _ => ("planned", "    target_date: 2027-06-30\n".to_string()),
        };
        let reasons = if i % 3 == 0 {
            "[risk, contractual]"
        } else {
            "[business]"
        };
        y.push_str(&format!("    applicable: true\n    reasons: {reasons}\n"));
        if i % 3 == 0 {
            y.push_str(&format!(
                "    risks: [R-{:02}, R-{:02}]\n",
                i % 20 + 1,
                (i + 7) % 20 + 1
            ));
        }
        y.push_str(&format!(
            "    justification: >-\n      {}\n    status: {status}\n{extra}    owner: Head of \
             Domain {}\n    implementation: >-\n      {}\n    evidence:\n      - {}\n      - {}\n",
            sentence(i * 17, 45),
            group_of(i),
            sentence(i * 19, 20),
            sentence(i * 23, 9),
            sentence(i * 29, 7),
        ));
    }
    y
}

/// Writes the pair into `dir` and returns the decisions file's path.
pub fn write_to(dir: &std::path::Path, n: usize) -> std::io::Result<std::path::PathBuf> {
    let (cat, dec) = generate(n);
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(CATALOG_FILE), cat)?;
    let p = dir.join("soa.yaml");
    std::fs::write(&p, dec)?;
    Ok(p)
}
