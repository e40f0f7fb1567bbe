//! Validation of values against translated schemas with the `jsonschema` crate.

use std::collections::HashMap;

use generator::resolve::{Loc, Resolver};
use serde_json::Value;

use super::messages::{first_error, short};
use super::translate::Translator;
use super::Context;

/// Compiled validators, memoized by schema location.
pub struct Judge<'s> {
    pub(super) translator: Translator<'s>,
    validators: HashMap<(Loc, Context), Result<jsonschema::Validator, String>>,
    /// Assert `format` (see [`compile_asserting_formats`]) instead of reading it as an
    /// annotation.
    formats: bool,
}

impl<'s> Judge<'s> {
    pub fn new(resolver: Resolver<'s>) -> Self {
        Judge {
            translator: Translator::new(resolver),
            validators: HashMap::new(),
            formats: false,
        }
    }

    /// A judge that also asserts formats, as a validating server (Prism) does: for values this
    /// project builds and sends, not for judging the spec's examples.
    pub fn asserting_formats(resolver: Resolver<'s>) -> Self {
        Judge {
            formats: true,
            ..Judge::new(resolver)
        }
    }

    /// `Ok(())` when `value` is valid against the schema at `loc`; else the first error (or why
    /// the schema cannot judge anything).
    /// With [`Context::Either`], valid as a response or as a request; the error is the
    /// response's.
    pub fn check(&mut self, loc: &Loc, context: Context, value: &Value) -> Result<(), String> {
        match context {
            Context::Either => self
                .check_one(loc, Context::Response, value)
                .or_else(|e| self.check_one(loc, Context::Request, value).map_err(|_| e)),
            c => self.check_one(loc, c, value),
        }
    }

    fn check_one(&mut self, loc: &Loc, context: Context, value: &Value) -> Result<(), String> {
        let key = (loc.clone(), context);
        if !self.validators.contains_key(&key) {
            let v = self.translator.standalone(loc, context).and_then(|doc| {
                if self.formats {
                    compile_asserting_formats(&doc)
                } else {
                    compile(&doc)
                }
            });
            self.validators.insert(key.clone(), v);
        }
        match &self.validators[&key] {
            Err(e) => Err(e.clone()),
            Ok(v) => first_error(v, value),
        }
    }

    /// The spec location of a definition (for tests and messages).
    #[cfg(test)]
    pub fn def_loc(&self, id: usize) -> Option<&Loc> {
        self.translator.def_loc(id)
    }
}

/// Compiles a standalone document as draft 4, formats as annotations.
pub fn compile(doc: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(false)
        .build(doc)
        .map_err(|e| {
            format!(
                "the translated schema does not compile: {}",
                short(&e.to_string())
            )
        })
}

/// Compiles a standalone document as draft 4 asserting the formats draft 4 knows, plus `uuid`
/// (canonical 8-4-4-4-12 hex, which OpenAPI tools assert whatever the draft).
pub fn compile_asserting_formats(doc: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .with_format("uuid", is_uuid)
        .build(doc)
        .map_err(|e| {
            format!(
                "the translated schema does not compile: {}",
                short(&e.to_string())
            )
        })
}

/// A canonical UUID: five groups of 8, 4, 4, 4 and 12 hex digits.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}
