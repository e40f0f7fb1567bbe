//! Typed model values for the client's example templates: `{{ models.build("AccessRequest",
//! {...}) }}` writes the Rust expression that builds the sample (a JSON-like map written in the
//! template) with the models' constructors, setters and enum variants, from the models' type
//! space (the same constructor arguments, setter names and types the models crate has):
//!
//! ```text
//! models::AccessRequest::new(vec!["2c91...".to_string()], vec![models::AccessRequestItem::new(
//!     models::AccessRequestItemType::AccessProfile, "2c91...").comment("...")])
//!     .request_type(models::AccessRequestType::GrantAccess)
//! ```
//!
//! Members the type does not declare are skipped, so one sample fits every version of the API.
//! `build` gives `none` when the sample cannot be written so: a required member is missing, or a
//! value is a free-form JSON array or object, a union, or a flattened part (the template then
//! leaves the example out).

use std::collections::HashMap;
use std::sync::Arc;

use minijinja::value::{from_args, Object, Value};
use minijinja::{Error, ErrorKind, State};
use serde_json::Value as Json;

use crate::render::models::type_space::{
    EntryKind, MemberEntry, MemberInit, MemberRole, TypeEntry, TypeSpace,
};
use crate::render::rust::RustType;

/// How example code names the models crate (`use <client>::models;`).
const MODELS: &str = "models";

/// The template object `models`: the type space of the version's models crate.
#[derive(Debug)]
pub struct ModelSamples {
    entries: HashMap<String, TypeEntry>,
}

impl ModelSamples {
    /// The entries of the version's type space (built once, under the generation settings
    /// the models crate is rendered with), by Rust name.
    pub fn new(space: &TypeSpace) -> ModelSamples {
        let entries = (space.entries.iter())
            .map(|e| (e.rust_name.clone(), e.clone()))
            .collect();
        ModelSamples { entries }
    }

    /// The expression that builds `sample` as the type named `type_name`, formatted as the
    /// right-hand side of a `let` inside a function body (continuation lines indented by four
    /// spaces and more).
    pub fn build(&self, type_name: &str, sample: &Json) -> Option<String> {
        let entry = self.entries.get(type_name)?;
        let expr = self.value(
            &RustType::Path(format!("crate::{}", entry.rust_name)),
            sample,
            true,
        )?;
        // Written after `let request = ` inside `main`.
        Some(expr.layout(4, "let request = ".len()))
    }

    /// `ty` from `sample`. `converted`: the expression goes where `impl Into<ty>` is taken (a
    /// constructor argument or a setter), so a string literal does for a `String`, a value for
    /// a `Box`.
    fn value(&self, ty: &RustType, sample: &Json, converted: bool) -> Option<Expr> {
        match ty {
            RustType::Option(inner) => match sample {
                Json::Null => Some(Expr::text("None")),
                // `impl Into<Option<T>>` takes a `T`, not what converts into it.
                _ if converted => self.value(inner, sample, false),
                _ => Some(Expr::call(
                    "Some(",
                    vec![self.value(inner, sample, false)?],
                    ")",
                )),
            },
            RustType::Box(inner) if converted => self.value(inner, sample, true),
            RustType::Box(inner) => Some(Expr::call(
                "Box::new(",
                vec![self.value(inner, sample, false)?],
                ")",
            )),
            RustType::Vec(item) => {
                let items = (sample.as_array()?.iter())
                    .map(|v| self.value(item, v, false))
                    .collect::<Option<Vec<_>>>()?;
                Some(Expr::call("vec![", items, "]"))
            }
            RustType::OneOrMany { item, .. } => match sample {
                Json::Array(_) => {
                    let list = self.value(&RustType::Vec(item.clone()), sample, false)?;
                    let head = format!("{MODELS}::primitives::OneOrMany::from(");
                    Some(Expr::call(head, vec![list], ")"))
                }
                single => {
                    let head = format!("{MODELS}::primitives::OneOrMany::single(");
                    Some(Expr::call(
                        head,
                        vec![self.value(item, single, false)?],
                        ")",
                    ))
                }
            },
            RustType::Map { value, .. } => {
                let members = (sample.as_object()?.iter())
                    .map(|(k, v)| {
                        let key = Expr::text(format!("{k:?}.to_string()"));
                        Some(Expr::call(
                            "(",
                            vec![key, self.value(value, v, false)?],
                            ")",
                        ))
                    })
                    .collect::<Option<Vec<_>>>()?;
                let head = format!("{MODELS}::indexmap::IndexMap::from([");
                Some(Expr::call(head, members, "])"))
            }
            RustType::Path(path) => self.path_value(path, sample, converted),
        }
    }

    fn path_value(&self, path: &str, sample: &Json, converted: bool) -> Option<Expr> {
        self.path_text(path, sample, converted)
            .map(Expr::text)
            .or_else(|| {
                let name = path.strip_prefix("crate::")?;
                self.named_value(self.entries.get(name)?, sample)
            })
    }

    /// A value written as one token: a literal, a primitive, an enum variant.
    fn path_text(&self, path: &str, sample: &Json, converted: bool) -> Option<String> {
        match (path, sample) {
            ("String", Json::String(s)) if converted => Some(format!("{s:?}")),
            ("String", Json::String(s)) => Some(format!("{s:?}.to_string()")),
            ("bool", Json::Bool(b)) => Some(b.to_string()),
            ("i64" | "i32", Json::Number(n)) if n.is_i64() => Some(format!("{n}_{path}")),
            ("f64", Json::Number(n)) => {
                let text = n.to_string();
                let float = if text.contains(['.', 'e', 'E']) {
                    text
                } else {
                    format!("{text}.0")
                };
                Some(format!("{float}_f64"))
            }
            (_, _) if path.ends_with("serde_json::Value") => json_scalar(sample, converted),
            _ => {
                let name = path.strip_prefix("crate::")?;
                let text = sample.as_str()?;
                if name.starts_with("primitives::") {
                    return Some(if converted {
                        format!("{text:?}")
                    } else {
                        format!("{MODELS}::{name}::from({text:?})")
                    });
                }
                None
            }
        }
    }

    fn named_value(&self, entry: &TypeEntry, sample: &Json) -> Option<Expr> {
        let name = &entry.rust_name;
        match &entry.kind {
            EntryKind::Struct(s) => self.struct_value(name, &s.members, sample.as_object()?),
            EntryKind::StringEnum(variants) => {
                let text = sample.as_str()?;
                Some(Expr::text(
                    match variants.iter().find(|v| v.value == text) {
                        Some(v) => format!("{MODELS}::{name}::{}", v.rust_name),
                        None => format!("{MODELS}::{name}::from({text:?})"),
                    },
                ))
            }
            EntryKind::IntegerEnum(_) => Some(Expr::text(format!(
                "{MODELS}::{name}::from({}_i64)",
                sample.as_i64()?
            ))),
            EntryKind::Alias(target) => self.value(target, sample, false),
            EntryKind::Union(_) | EntryKind::Newtype { .. } => None,
        }
    }

    /// `Type::new(required...)` then one setter per other member the sample has.
    fn struct_value(
        &self,
        name: &str,
        members: &[MemberEntry],
        sample: &serde_json::Map<String, Json>,
    ) -> Option<Expr> {
        let wire = |m: &MemberEntry| match &m.role {
            MemberRole::Field { wire_name, .. } => Some(wire_name.clone()),
            _ => None,
        };
        let mut args = Vec::new();
        let mut chain = Vec::new();
        for m in members {
            match (&m.init, &m.setter) {
                (MemberInit::Argument { into }, _) => {
                    let value = sample.get(&wire(m)?)?;
                    args.push(self.value(into, value, true)?);
                }
                (_, Some(setter)) => {
                    let Some(value) = wire(m).and_then(|w| sample.get(&w)) else {
                        continue;
                    };
                    chain.push(match (value, setter.kind.null_setter()) {
                        (Json::Null, Some(null)) => (null.to_string(), None),
                        _ => {
                            let value = self.value(&setter.value_type, value, true)?;
                            (setter.name.clone(), Some(value))
                        }
                    });
                }
                _ => {}
            }
        }
        let mut expr = Expr::call(format!("{MODELS}::{name}::new("), args, ")");
        if let Expr::Call { chain: calls, .. } = &mut expr {
            *calls = chain;
        }
        Some(expr)
    }
}

/// Lines of an example are kept within this width where a value allows it.
const WIDTH: usize = 100;

/// A sample value as Rust code, laid out like rustfmt would: on one line when it fits, else one
/// argument per line and one chained call per line.
#[derive(Debug)]
enum Expr {
    Text(String),
    /// `open` args `close`, then `.name(arg)` / `.name()` calls.
    Call {
        open: String,
        args: Vec<Expr>,
        close: &'static str,
        chain: Vec<(String, Option<Expr>)>,
    },
}

impl Expr {
    fn text(text: impl Into<String>) -> Expr {
        Expr::Text(text.into())
    }

    fn call(open: impl Into<String>, args: Vec<Expr>, close: &'static str) -> Expr {
        Expr::Call {
            open: open.into(),
            args,
            close,
            chain: Vec::new(),
        }
    }

    fn inline(&self) -> String {
        match self {
            Expr::Text(text) => text.clone(),
            Expr::Call {
                open,
                args,
                close,
                chain,
            } => {
                let args: Vec<String> = args.iter().map(Expr::inline).collect();
                let mut text = format!("{open}{}{close}", args.join(", "));
                for (name, arg) in chain {
                    let arg = arg.as_ref().map(Expr::inline).unwrap_or_default();
                    text.push_str(&format!(".{name}({arg})"));
                }
                text
            }
        }
    }

    /// The expression starting `column` characters into a line indented by `indent`.
    fn layout(&self, indent: usize, column: usize) -> String {
        let inline = self.inline();
        let Expr::Call {
            open,
            args,
            close,
            chain,
        } = self
        else {
            return inline;
        };
        if indent + column + inline.len() <= WIDTH && chain.len() < 2 {
            return inline;
        }
        let inner = " ".repeat(indent + 4);
        let args_inline: Vec<String> = args.iter().map(Expr::inline).collect();
        let args_inline = args_inline.join(", ");
        let mut text = open.clone();
        // rustfmt's style: after arguments on lines of their own, the chain starts at the
        // closing bracket's indentation.
        let mut chain_indent = indent + 4;
        if indent + column + open.len() + args_inline.len() + close.len() <= WIDTH {
            text.push_str(&args_inline);
        } else {
            chain_indent = indent;
            for arg in args {
                text.push_str(&format!("\n{inner}{},", arg.layout(indent + 4, 0)));
            }
            text.push_str(&format!("\n{}", " ".repeat(indent)));
        }
        text.push_str(close);
        for (name, arg) in chain {
            let call = format!(".{name}(");
            let arg = (arg.as_ref())
                .map(|a| a.layout(chain_indent, call.len()))
                .unwrap_or_default();
            text.push_str(&format!("\n{}{call}{arg})", " ".repeat(chain_indent)));
        }
        text
    }
}

/// Free-form JSON: a scalar or `null` (an array or object would need `json!`, which the samples
/// do not use).
fn json_scalar(sample: &Json, converted: bool) -> Option<String> {
    let literal = match sample {
        Json::Null => return Some(format!("{MODELS}::serde_json::Value::Null")),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) if n.is_i64() => format!("{n}_i64"),
        Json::Number(n) => format!("{n}_f64"),
        Json::String(s) => format!("{s:?}"),
        Json::Array(_) | Json::Object(_) => return None,
    };
    Some(if converted {
        literal
    } else {
        format!("{MODELS}::serde_json::Value::from({literal})")
    })
}

impl Object for ModelSamples {
    fn call_method(
        self: &Arc<Self>,
        _state: &State<'_, '_>,
        method: &str,
        args: &[Value],
    ) -> Result<Value, Error> {
        if method != "build" {
            return Err(Error::from(ErrorKind::UnknownMethod));
        }
        let (type_name, sample): (String, Value) = from_args(args)?;
        let sample = serde_json::to_value(&sample).map_err(|e| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("the sample is not JSON: {e}"),
            )
        })?;
        Ok((self.build(&type_name, &sample).map(Value::from)).unwrap_or_else(|| Value::from(())))
    }
}
