//! The contract between the renderers and the templates: every item of a template that rendered
//! code names must be defined by the templates.
//!
//! Rendered files are walked with `syn`; what they use is derived from them, never listed:
//! paths (in code, in `use` and in attribute strings such as serde's `deserialize_with`),
//! macro invocations, the members a rendered `impl` of a template trait defines, and method
//! calls whose receiver has a template type (followed through parameters, `let` bindings,
//! associated-function calls, method chains, `?` and `.await`). Each is resolved in the item
//! table of the templates ([`symbols`]); a name a template module or type lacks is a violation.

pub mod symbols;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

use symbols::{segments, Def, ModId, Resolved, Symbols, TypeId};
pub use symbols::{CrateSource, SourceFile};

/// What the check found.
#[derive(Default, Debug)]
pub struct Report {
    /// One line per rendered use of a template item the templates do not define.
    pub violations: Vec<String>,
    /// The template items rendered code uses, by kind of use (`path`, `macro`, `method`,
    /// `attribute path`, `trait member`).
    pub used: BTreeMap<&'static str, BTreeSet<String>>,
}

/// Checks every rendered file of `crates` against the template files of `crates`.
pub fn check(crates: &[CrateSource]) -> Result<Report> {
    let symbols = Symbols::build(crates)?;
    let mut report = Report::default();
    for (module, path, file) in &symbols.files {
        if symbols.modules[*module].from_template {
            continue;
        }
        let mut checker = Checker {
            symbols: &symbols,
            report: &mut report,
            file: format!("{}/{path}", symbols.modules[*module].krate),
            modules: vec![*module],
            env: HashMap::new(),
        };
        checker.visit_file(file);
    }
    Ok(report)
}

/// The type of an expression, as far as the check follows it.
#[derive(Clone, Debug)]
enum Ty {
    /// A type a template defines.
    Template(TypeId),
    /// `Result<T>` or `Option<T>`: what `?` unwraps.
    Wrapped(Box<Ty>),
    Unknown,
}

struct Checker<'a> {
    symbols: &'a Symbols,
    report: &'a mut Report,
    file: String,
    /// Innermost last (inline modules of a rendered file).
    modules: Vec<ModId>,
    /// Local bindings in scope and their types.
    env: HashMap<String, Ty>,
}

impl Checker<'_> {
    fn module(&self) -> ModId {
        *self.modules.last().expect("a module is always entered")
    }

    fn check_path(&mut self, path: &syn::Path, kind: &'static str) {
        let written = path_text(path);
        match self.symbols.resolve(self.module(), &segments(path)) {
            Ok(Resolved::Item { module, name, def })
                if self.symbols.modules[module].from_template =>
            {
                let wants_macro = kind == "macro";
                if wants_macro != (def == Def::Macro) {
                    let what = if wants_macro { "a macro" } else { "an item" };
                    self.violation(&written, format!("resolves to {name}, which is not {what}"));
                }
                let full = format!("{}::{name}", self.module_text(module));
                self.report.used.entry(kind).or_default().insert(full);
            }
            Ok(Resolved::Assoc { owner, name }) => {
                let full = format!("{}::{}::{name}", self.module_text(owner.module), owner.name);
                self.report.used.entry(kind).or_default().insert(full);
            }
            Err(missing) if self.symbols.modules[missing.module].from_template => {
                let text = format!(
                    "{} is not defined by the templates",
                    self.symbols.describe(&missing)
                );
                self.violation(&written, text);
            }
            _ => {}
        }
    }

    fn module_text(&self, module: ModId) -> String {
        let m = &self.symbols.modules[module];
        m.path.replacen("crate", &m.krate, 1)
    }

    fn violation(&mut self, written: &str, what: String) {
        self.report
            .violations
            .push(format!("{}: `{written}`: {what}", self.file));
    }

    /// String literals in an attribute that spell a path (`deserialize_with = "a::b"`).
    fn check_attribute_strings(&mut self, tokens: TokenStream) {
        for tree in tokens {
            match tree {
                TokenTree::Group(group) => self.check_attribute_strings(group.stream()),
                TokenTree::Literal(literal) => {
                    let Ok(text) = syn::parse_str::<syn::LitStr>(&literal.to_string()) else {
                        continue;
                    };
                    if let Ok(path) = syn::parse_str::<syn::Path>(&text.value()) {
                        if path.segments.len() > 1 {
                            self.check_path(&path, "attribute path");
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn type_of(&self, expr: &syn::Expr) -> Ty {
        match expr {
            syn::Expr::Path(p) => p
                .path
                .get_ident()
                .and_then(|name| self.env.get(&name.to_string()).cloned())
                .unwrap_or(Ty::Unknown),
            syn::Expr::Call(call) => match &*call.func {
                syn::Expr::Path(p) => self.call_output(&p.path),
                _ => Ty::Unknown,
            },
            syn::Expr::MethodCall(call) => match self.type_of(&call.receiver) {
                Ty::Template(owner) => match self.symbols.assoc(&owner, &call.method.to_string()) {
                    Some(member) => match &member.output {
                        Some(output) => self.type_in(member.module, output, Some(&owner)),
                        None => Ty::Unknown,
                    },
                    None => Ty::Unknown,
                },
                _ => Ty::Unknown,
            },
            syn::Expr::Try(t) => match self.type_of(&t.expr) {
                Ty::Wrapped(inner) => *inner,
                _ => Ty::Unknown,
            },
            syn::Expr::Await(a) => self.type_of(&a.base),
            syn::Expr::Paren(p) => self.type_of(&p.expr),
            syn::Expr::Group(g) => self.type_of(&g.expr),
            syn::Expr::Reference(r) => self.type_of(&r.expr),
            _ => Ty::Unknown,
        }
    }

    /// The return type of a called function or associated function.
    fn call_output(&self, path: &syn::Path) -> Ty {
        match self.symbols.resolve(self.module(), &segments(path)) {
            Ok(Resolved::Assoc { owner, name }) => match self.symbols.assoc(&owner, &name) {
                Some(member) => match &member.output {
                    Some(output) => self.type_in(member.module, output, Some(&owner)),
                    None => Ty::Unknown,
                },
                None => Ty::Unknown,
            },
            Ok(Resolved::Item {
                module,
                name,
                def: Def::Value,
            }) => match self.symbols.fn_output(module, &name) {
                Some(output) => self.type_in(module, output, None),
                None => Ty::Unknown,
            },
            _ => Ty::Unknown,
        }
    }

    /// A written type, read in `module` with `Self` = `self_ty`.
    fn type_in(&self, module: ModId, ty: &syn::Type, self_ty: Option<&TypeId>) -> Ty {
        match ty {
            syn::Type::Reference(r) => self.type_in(module, &r.elem, self_ty),
            syn::Type::Paren(p) => self.type_in(module, &p.elem, self_ty),
            syn::Type::Group(g) => self.type_in(module, &g.elem, self_ty),
            syn::Type::Path(p) if p.qself.is_none() => {
                if p.path.is_ident("Self") {
                    return self_ty.cloned().map_or(Ty::Unknown, Ty::Template);
                }
                if let Some(inner) = try_operand(&p.path) {
                    return Ty::Wrapped(Box::new(self.type_in(module, inner, self_ty)));
                }
                self.symbols
                    .type_at(module, &p.path)
                    .map_or(Ty::Unknown, Ty::Template)
            }
            _ => Ty::Unknown,
        }
    }

    fn bind_parameters(&mut self, sig: &syn::Signature) {
        for input in &sig.inputs {
            if let syn::FnArg::Typed(typed) = input {
                if let syn::Pat::Ident(name) = &*typed.pat {
                    let ty = self.type_in(self.module(), &typed.ty, None);
                    self.env.insert(name.ident.to_string(), ty);
                }
            }
        }
    }

    /// A function's signature, then its body with the typed parameters bound.
    fn visit_function(
        &mut self,
        attrs: &[syn::Attribute],
        sig: &syn::Signature,
        body: &syn::Block,
    ) {
        let saved = std::mem::take(&mut self.env);
        for attr in attrs {
            self.visit_attribute(attr);
        }
        self.visit_signature(sig);
        self.bind_parameters(sig);
        self.visit_block(body);
        self.env = saved;
    }
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.check_path(path, "path");
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // The arguments are tokens the macro interprets; only the macro's own path is checked.
        self.check_path(&mac.path, "macro");
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        if attr.path().is_ident("doc") {
            return;
        }
        if let syn::Meta::List(list) = &attr.meta {
            self.check_attribute_strings(list.tokens.clone());
        }
        visit::visit_attribute(self, attr);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        use_paths(&item.tree, &mut Vec::new(), &mut paths);
        for path in paths {
            self.check_path(&path, "path");
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // A module in its own file is visited with that file.
        let Some((_, items)) = &item.content else {
            return;
        };
        let child = self
            .symbols
            .resolve(self.module(), &[item.ident.to_string()]);
        let Ok(Resolved::Module(child)) = child else {
            return;
        };
        self.modules.push(child);
        for inner in items {
            self.visit_item(inner);
        }
        self.modules.pop();
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        if let Some((_, trait_path, _)) = &item.trait_ {
            if let Some(template_trait) = self.symbols.type_at(self.module(), trait_path) {
                let declared = self
                    .symbols
                    .trait_methods(&template_trait)
                    .unwrap_or_default();
                let declared: BTreeSet<&str> = declared.iter().map(String::as_str).collect();
                let full = format!(
                    "{}::{}",
                    self.module_text(template_trait.module),
                    template_trait.name
                );
                for member in item.items.iter().filter_map(impl_item_name) {
                    if declared.contains(member.as_str()) {
                        let used = format!("{full}::{member}");
                        self.report
                            .used
                            .entry("trait member")
                            .or_default()
                            .insert(used);
                    } else {
                        let text = format!("the template trait {full} declares no `{member}`");
                        self.violation(&path_text(trait_path), text);
                    }
                }
            }
        }
        visit::visit_item_impl(self, item);
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.visit_function(&item.attrs, &item.sig, &item.block);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.visit_function(&item.attrs, &item.sig, &item.block);
    }

    fn visit_block(&mut self, block: &'ast syn::Block) {
        let saved = self.env.clone();
        visit::visit_block(self, block);
        self.env = saved;
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        let saved = self.env.clone();
        visit::visit_expr_closure(self, closure);
        self.env = saved;
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        for attr in &local.attrs {
            self.visit_attribute(attr);
        }
        // The initializer sees the bindings from before the `let`.
        let mut ty = Ty::Unknown;
        if let Some(init) = &local.init {
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
            ty = self.type_of(&init.expr);
        }
        self.visit_pat(&local.pat);
        let (name, declared) = match &local.pat {
            syn::Pat::Ident(name) => (name, None),
            syn::Pat::Type(typed) => match &*typed.pat {
                syn::Pat::Ident(name) => (name, Some(&typed.ty)),
                _ => return,
            },
            _ => return,
        };
        if let Some(declared) = declared {
            ty = self.type_in(self.module(), declared, None);
        }
        self.env.insert(name.ident.to_string(), ty);
    }

    fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
        // Any other binding shadows what the name had.
        self.env.insert(pat.ident.to_string(), Ty::Unknown);
        visit::visit_pat_ident(self, pat);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if let Ty::Template(owner) = self.type_of(&call.receiver) {
            let method = call.method.to_string();
            let full = format!("{}::{}", self.module_text(owner.module), owner.name);
            if self.symbols.assoc(&owner, &method).is_some() {
                let used = format!("{full}::{method}");
                self.report.used.entry("method").or_default().insert(used);
            } else if !self.symbols.is_open(&owner) {
                let text = format!("the template type {full} has no method `{method}`");
                self.violation(&format!(".{method}()"), text);
            }
        }
        visit::visit_expr_method_call(self, call);
    }
}

/// `T` of `Result<T, ..>` / `Option<T>`: what `?` yields.
fn try_operand(path: &syn::Path) -> Option<&syn::Type> {
    let last = path.segments.last()?;
    if last.ident != "Result" && last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

fn impl_item_name(item: &syn::ImplItem) -> Option<String> {
    match item {
        syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
        syn::ImplItem::Const(c) => Some(c.ident.to_string()),
        syn::ImplItem::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// Every path a `use` tree names (a glob names its module).
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<syn::Ident>, out: &mut Vec<syn::Path>) {
    let path_of = |idents: &[syn::Ident]| syn::Path {
        leading_colon: None,
        segments: idents.iter().cloned().map(syn::PathSegment::from).collect(),
    };
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.clone());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) if n.ident == "self" => out.push(path_of(prefix)),
        syn::UseTree::Name(syn::UseName { ident })
        | syn::UseTree::Rename(syn::UseRename { ident, .. }) => {
            prefix.push(ident.clone());
            out.push(path_of(prefix));
            prefix.pop();
        }
        syn::UseTree::Glob(_) => out.push(path_of(prefix)),
        syn::UseTree::Group(g) => {
            for item in &g.items {
                use_paths(item, prefix, out);
            }
        }
    }
}

fn path_text(path: &syn::Path) -> String {
    segments(path).join("::")
}
