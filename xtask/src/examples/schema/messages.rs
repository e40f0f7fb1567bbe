//! Validation errors as short messages that say where and why.

use serde_json::Value;

/// The validator's first error, with the path into the example.
pub fn first_error(v: &jsonschema::Validator, value: &Value) -> Result<(), String> {
    match v.iter_errors(value).next() {
        None => Ok(()),
        Some(e) => Err(short(&describe(&e, 0))),
    }
}

/// An error as `at <path>: <message>`. The `anyOf` that stands for `nullable` is looked
/// through; other `anyOf`/`oneOf` errors say what each branch objected to (validators otherwise
/// quote the whole instance and nothing else).
fn describe(e: &jsonschema::ValidationError, depth: usize) -> String {
    use jsonschema::error::ValidationErrorKind as K;
    let path = e.instance_path().to_string();
    let at = if path.is_empty() {
        "(root)".to_string()
    } else {
        path
    };
    let branches = |context: &Vec<Vec<jsonschema::ValidationError<'static>>>| {
        context
            .iter()
            .enumerate()
            .filter_map(|(i, errs)| {
                let first = errs.first()?;
                let text = if depth < 2 {
                    describe(first, depth + 1)
                } else {
                    message(first)
                };
                Some(format!("#{} {}", i + 1, short_to(&text, 120)))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    match e.kind() {
        K::AnyOf { context } if context.len() == 2 && is_null_branch(&context[0]) => {
            match context[1].first() {
                Some(inner) => describe(inner, depth),
                None => format!("at {at}: {}", message(e)),
            }
        }
        K::AnyOf { context } => format!(
            "at {at}: matches none of the {} anyOf branches: {}",
            context.len(),
            branches(context)
        ),
        K::OneOfNotValid { context } => format!(
            "at {at}: matches none of the {} oneOf branches: {}",
            context.len(),
            branches(context)
        ),
        K::OneOfMultipleValid { context } => {
            let valid: Vec<String> = context
                .iter()
                .enumerate()
                .filter(|(_, errs)| errs.is_empty())
                .map(|(i, _)| format!("#{}", i + 1))
                .collect();
            let which = if valid.is_empty() {
                String::new()
            } else {
                format!(" ({})", valid.join(", "))
            };
            format!(
                "at {at}: matches more than one of the {} oneOf branches{which}, and oneOf allows exactly one",
                context.len()
            )
        }
        _ => format!("at {at}: {}", message(e)),
    }
}

/// The validator's message with the quoted instance shortened (it comes first, and can be a
/// whole response body).
fn message(e: &jsonschema::ValidationError) -> String {
    let text = e.to_string();
    let instance = e.instance().to_string();
    match text.strip_prefix(&instance) {
        Some(rest) if instance.chars().count() > 80 => format!("{}{rest}", short_to(&instance, 80)),
        _ => text,
    }
}

/// The errors of the `{type: null}` branch of a translated `nullable`.
fn is_null_branch(errs: &[jsonschema::ValidationError]) -> bool {
    matches!(errs, [one] if one.to_string().ends_with("is not of type \"null\""))
}

/// Cuts long messages (validators quote whole instances).
pub fn short(s: &str) -> String {
    short_to(s, 500)
}

fn short_to(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}
