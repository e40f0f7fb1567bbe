//! The item table of a set of crates: every module reachable from `src/lib.rs`, the names each
//! defines or imports, and the associated items (methods, variants) of each type. Paths are
//! resolved by the 2018 edition's rules, far enough to tell a defined name from a missing one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use anyhow::{Context, Result};

/// One crate's source files (paths relative to the crate directory).
pub struct CrateSource {
    /// The crate's name as paths spell it (`-` replaced by `_`).
    pub ident: String,
    /// Crates it depends on, as paths spell them (`use name;` of one re-exports it).
    pub externs: BTreeSet<String>,
    pub files: BTreeMap<String, SourceFile>,
}

pub struct SourceFile {
    pub text: String,
    /// Comes from a template (the side of the contract that defines), not from a renderer.
    pub from_template: bool,
}

pub type ModId = usize;

/// What a name in a module stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Def {
    Module(ModId),
    Macro,
    /// A struct, enum, union, trait or type alias.
    Type,
    /// A function, constant or static.
    Value,
    /// A `use` (its path is resolved from the module on demand).
    Import(Vec<String>),
}

/// A named type: the module that defines it and its name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeId {
    pub module: ModId,
    pub name: String,
}

/// An associated item of a type: a method (with the module and `Self` its signature is read
/// in), an associated function, constant or an enum variant.
#[derive(Clone)]
pub struct Assoc {
    pub output: Option<syn::Type>,
    pub module: ModId,
}

pub struct Module {
    pub krate: String,
    /// `crate::a::b` for messages.
    pub path: String,
    pub from_template: bool,
    pub parent: Option<ModId>,
    names: HashMap<String, Vec<Def>>,
    globs: Vec<Vec<String>>,
}

/// Where a path leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    Module(ModId),
    Item {
        module: ModId,
        name: String,
        def: Def,
    },
    /// An associated item of a known type.
    Assoc {
        owner: TypeId,
        name: String,
    },
    /// Outside the crates in the table (std, a dependency), or below an item whose members are
    /// not tracked (a type from a renderer, an external re-export).
    Elsewhere,
}

/// A name a path needs that the module it looks in does not define.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub module: ModId,
    pub name: String,
}

pub struct Symbols {
    pub modules: Vec<Module>,
    roots: HashMap<String, ModId>,
    externs: HashMap<String, BTreeSet<String>>,
    /// Associated items of every type defined in a template.
    assoc: HashMap<TypeId, HashMap<String, Assoc>>,
    /// Methods a trait declares (so an impl of it may define only those).
    trait_methods: HashMap<TypeId, Vec<String>>,
    /// Template types whose members are not all known (a derive outside [`DERIVED_MEMBERS`]).
    open: HashSet<TypeId>,
    /// Type aliases defined in templates (their members are the aliased type's, not tracked).
    aliases: HashSet<TypeId>,
    /// Free functions defined in templates: their return type.
    fn_outputs: HashMap<TypeId, Option<syn::Type>>,
    /// Parsed files by module (the rendered ones are walked by the checker).
    pub files: Vec<(ModId, String, syn::File)>,
}

/// The members the standard library's derivable traits (a fixed set of the language) and serde's
/// derives give a type.
const DERIVED_MEMBERS: &[(&str, &[&str])] = &[
    ("Clone", &["clone", "clone_from"]),
    ("Copy", &[]),
    ("Debug", &["fmt"]),
    ("Default", &["default"]),
    ("PartialEq", &["eq", "ne"]),
    ("Eq", &[]),
    ("PartialOrd", &["partial_cmp", "lt", "le", "gt", "ge"]),
    ("Ord", &["cmp", "max", "min", "clamp"]),
    ("Hash", &["hash", "hash_slice"]),
    ("Serialize", &["serialize"]),
    ("Deserialize", &["deserialize"]),
];

/// Derived members that return `Self`.
const SELF_RETURNING: &[&str] = &["clone", "default", "max", "min", "clamp"];

/// The two walks over the template files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Types, traits, variants, derives, functions.
    Definitions,
    /// Impl blocks (which may take a trait's provided methods).
    Impls,
}

/// How deep `use` chains are followed before giving up (guards against import cycles).
const MAX_HOPS: usize = 32;

impl Symbols {
    pub fn build(crates: &[CrateSource]) -> Result<Symbols> {
        let mut symbols = Symbols {
            modules: Vec::new(),
            roots: HashMap::new(),
            externs: HashMap::new(),
            assoc: HashMap::new(),
            trait_methods: HashMap::new(),
            aliases: HashSet::new(),
            open: HashSet::new(),
            fn_outputs: HashMap::new(),
            files: Vec::new(),
        };
        for krate in crates {
            let root = symbols.add_module(&krate.ident, "crate".into(), true, None);
            symbols.roots.insert(krate.ident.clone(), root);
            symbols
                .externs
                .insert(krate.ident.clone(), krate.externs.clone());
            symbols
                .load_file(krate, "src/lib.rs", root)
                .with_context(|| format!("crate {}", krate.ident))?;
        }
        // Every trait's methods are known before any impl copies a trait's provided methods.
        let files = std::mem::take(&mut symbols.files);
        for pass in [Pass::Definitions, Pass::Impls] {
            for (module, _, file) in &files {
                if symbols.modules[*module].from_template {
                    symbols.collect_members(*module, &file.items, pass);
                }
            }
        }
        symbols.files = files;
        Ok(symbols)
    }

    fn add_module(
        &mut self,
        krate: &str,
        path: String,
        from_template: bool,
        parent: Option<ModId>,
    ) -> ModId {
        self.modules.push(Module {
            krate: krate.to_string(),
            path,
            from_template,
            parent,
            names: HashMap::new(),
            globs: Vec::new(),
        });
        self.modules.len() - 1
    }

    fn load_file(&mut self, krate: &CrateSource, path: &str, module: ModId) -> Result<()> {
        let source = krate
            .files
            .get(path)
            .with_context(|| format!("{path} is declared but missing"))?;
        self.modules[module].from_template = source.from_template;
        let file = syn::parse_file(&source.text).with_context(|| format!("{path}: not Rust"))?;
        let child_dir = child_dir(path);
        self.declare(krate, module, &file.items, &child_dir)?;
        self.files.push((module, path.to_string(), file));
        Ok(())
    }

    /// Enters the names `items` define into `module`, loading the files of `mod x;` children.
    fn declare(
        &mut self,
        krate: &CrateSource,
        module: ModId,
        items: &[syn::Item],
        child_dir: &str,
    ) -> Result<()> {
        for item in items {
            let (name, def) = match item {
                syn::Item::Mod(m) => {
                    let name = m.ident.to_string();
                    let path = format!("{}::{name}", self.modules[module].path);
                    let from_template = self.modules[module].from_template;
                    let child = self.add_module(&krate.ident, path, from_template, Some(module));
                    match &m.content {
                        Some((_, inner)) => {
                            self.declare(krate, child, inner, &format!("{child_dir}{name}/"))?
                        }
                        None => {
                            let flat = format!("{child_dir}{name}.rs");
                            let nested = format!("{child_dir}{name}/mod.rs");
                            let file = if krate.files.contains_key(&flat) {
                                flat
                            } else {
                                nested
                            };
                            self.load_file(krate, &file, child)?;
                        }
                    }
                    (name, Def::Module(child))
                }
                syn::Item::Macro(m) => match (&m.ident, m.mac.path.is_ident("macro_rules")) {
                    (Some(ident), true) => {
                        let exported = m.attrs.iter().any(|a| a.path().is_ident("macro_export"));
                        if exported {
                            let root = self.roots[&self.modules[module].krate];
                            self.define(root, ident.to_string(), Def::Macro);
                        }
                        (ident.to_string(), Def::Macro)
                    }
                    _ => continue,
                },
                syn::Item::Use(u) => {
                    let mut leaves = Vec::new();
                    use_leaves(&u.tree, &mut Vec::new(), &mut leaves);
                    for (alias, path) in leaves {
                        match alias {
                            Some(alias) => self.define(module, alias, Def::Import(path)),
                            None => self.modules[module].globs.push(path),
                        }
                    }
                    continue;
                }
                syn::Item::Fn(f) => (f.sig.ident.to_string(), Def::Value),
                syn::Item::Const(c) => (c.ident.to_string(), Def::Value),
                syn::Item::Static(s) => (s.ident.to_string(), Def::Value),
                syn::Item::Struct(s) => (s.ident.to_string(), Def::Type),
                syn::Item::Enum(e) => (e.ident.to_string(), Def::Type),
                syn::Item::Union(u) => (u.ident.to_string(), Def::Type),
                syn::Item::Trait(t) => (t.ident.to_string(), Def::Type),
                syn::Item::Type(t) => (t.ident.to_string(), Def::Type),
                _ => continue,
            };
            self.define(module, name, def);
        }
        Ok(())
    }

    fn define(&mut self, module: ModId, name: String, def: Def) {
        self.modules[module]
            .names
            .entry(name)
            .or_default()
            .push(def);
    }

    /// Associated items, trait methods and function signatures of a template module: the
    /// items' own in the first pass, what impls add in the second.
    fn collect_members(&mut self, module: ModId, items: &[syn::Item], pass: Pass) {
        for item in items {
            match item {
                syn::Item::Impl(imp) if pass == Pass::Impls => self.collect_impl(module, imp),
                _ if pass == Pass::Impls && !matches!(item, syn::Item::Mod(_)) => {}
                syn::Item::Mod(m) => {
                    if let (Some((_, inner)), Some(Def::Module(child))) = (
                        &m.content,
                        self.local(module, &m.ident.to_string(), |d| {
                            matches!(d, Def::Module(_))
                        }),
                    ) {
                        self.collect_members(child, inner, pass);
                    }
                }
                syn::Item::Struct(s) => self.collect_derives(module, &s.ident, &s.attrs),
                syn::Item::Union(u) => self.collect_derives(module, &u.ident, &u.attrs),
                syn::Item::Enum(e) => {
                    self.collect_derives(module, &e.ident, &e.attrs);
                    let owner = TypeId {
                        module,
                        name: e.ident.to_string(),
                    };
                    let entry = self.assoc.entry(owner).or_default();
                    for variant in &e.variants {
                        let assoc = Assoc {
                            output: None,
                            module,
                        };
                        entry.insert(variant.ident.to_string(), assoc);
                    }
                }
                syn::Item::Trait(t) => {
                    let owner = TypeId {
                        module,
                        name: t.ident.to_string(),
                    };
                    let names: Vec<String> = t.items.iter().filter_map(trait_item_name).collect();
                    // `Trait::method` paths name the trait's own members.
                    let members = self.assoc.entry(owner.clone()).or_default();
                    for name in &names {
                        members.insert(
                            name.clone(),
                            Assoc {
                                output: None,
                                module,
                            },
                        );
                    }
                    self.trait_methods.insert(owner, names);
                }
                syn::Item::Type(t) => {
                    self.aliases.insert(TypeId {
                        module,
                        name: t.ident.to_string(),
                    });
                }
                syn::Item::Fn(f) => {
                    let id = TypeId {
                        module,
                        name: f.sig.ident.to_string(),
                    };
                    self.fn_outputs.insert(id, return_type(&f.sig));
                }
                _ => {}
            }
        }
    }

    /// The members `#[derive(..)]` gives a type.
    fn collect_derives(&mut self, module: ModId, ident: &syn::Ident, attrs: &[syn::Attribute]) {
        let owner = TypeId {
            module,
            name: ident.to_string(),
        };
        let mut members = Vec::new();
        for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
            let Ok(derives) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            ) else {
                self.open.insert(owner.clone());
                continue;
            };
            for derive in derives {
                let name = derive
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default();
                match DERIVED_MEMBERS
                    .iter()
                    .find(|(trait_name, _)| *trait_name == name)
                {
                    Some((_, names)) => members.extend(names.iter().map(|member| {
                        let output = SELF_RETURNING
                            .contains(member)
                            .then(|| syn::parse_quote!(Self));
                        (member.to_string(), Assoc { output, module })
                    })),
                    None => {
                        self.open.insert(owner.clone());
                    }
                }
            }
        }
        self.assoc.entry(owner).or_default().extend(members);
    }

    fn collect_impl(&mut self, module: ModId, imp: &syn::ItemImpl) {
        let syn::Type::Path(self_ty) = &*imp.self_ty else {
            return;
        };
        let Some(owner) = self.type_at(module, &self_ty.path) else {
            return;
        };
        let mut members: Vec<(String, Assoc)> = imp
            .items
            .iter()
            .filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some((
                    f.sig.ident.to_string(),
                    Assoc {
                        output: return_type(&f.sig),
                        module,
                    },
                )),
                syn::ImplItem::Const(c) => Some((
                    c.ident.to_string(),
                    Assoc {
                        output: None,
                        module,
                    },
                )),
                syn::ImplItem::Type(t) => Some((
                    t.ident.to_string(),
                    Assoc {
                        output: None,
                        module,
                    },
                )),
                _ => None,
            })
            .collect();
        // A trait's provided methods are the implementing type's too.
        if let Some((_, trait_path, _)) = &imp.trait_ {
            if let Some(declared) = self
                .type_at(module, trait_path)
                .and_then(|t| self.trait_methods.get(&t))
            {
                for name in declared {
                    if !members.iter().any(|(n, _)| n == name) {
                        members.push((
                            name.clone(),
                            Assoc {
                                output: None,
                                module,
                            },
                        ));
                    }
                }
            }
        }
        self.assoc.entry(owner).or_default().extend(members);
    }

    /// The template type a path names from `module`, if it names one.
    pub fn type_at(&self, module: ModId, path: &syn::Path) -> Option<TypeId> {
        match self.resolve(module, &segments(path)) {
            Ok(Resolved::Item {
                module,
                name,
                def: Def::Type,
            }) if self.modules[module].from_template => Some(TypeId { module, name }),
            _ => None,
        }
    }

    /// Members of `owner` are not all known: a type alias (its members are the aliased type's)
    /// or a type with a derive outside [`DERIVED_MEMBERS`].
    pub fn is_open(&self, owner: &TypeId) -> bool {
        self.aliases.contains(owner) || self.open.contains(owner)
    }

    pub fn assoc(&self, owner: &TypeId, name: &str) -> Option<&Assoc> {
        self.assoc.get(owner).and_then(|members| members.get(name))
    }

    pub fn trait_methods(&self, owner: &TypeId) -> Option<&[String]> {
        self.trait_methods.get(owner).map(Vec::as_slice)
    }

    pub fn fn_output(&self, module: ModId, name: &str) -> Option<&syn::Type> {
        let id = TypeId {
            module,
            name: name.to_string(),
        };
        self.fn_outputs.get(&id).and_then(Option::as_ref)
    }

    /// Resolves `path` as written in `module`.
    pub fn resolve(&self, module: ModId, path: &[String]) -> Result<Resolved, Missing> {
        self.resolve_hops(module, path, 0)
    }

    fn resolve_hops(&self, from: ModId, path: &[String], hops: usize) -> Result<Resolved, Missing> {
        let Some((first, rest)) = path.split_first() else {
            return Ok(Resolved::Module(from));
        };
        if hops > MAX_HOPS {
            return Ok(Resolved::Elsewhere);
        }
        let start = match first.as_str() {
            "crate" => Resolved::Module(self.roots[&self.modules[from].krate]),
            "self" => Resolved::Module(from),
            "super" => match self.modules[from].parent {
                Some(parent) => Resolved::Module(parent),
                None => return Ok(Resolved::Elsewhere),
            },
            name => match self.lookup(from, name, hops)? {
                Some(found) => found,
                None => match self.roots.get(name) {
                    Some(root) => Resolved::Module(*root),
                    // A name from the prelude, std, a dependency or a local binding.
                    None => return Ok(Resolved::Elsewhere),
                },
            },
        };
        self.walk(start, rest, hops)
    }

    /// Follows the remaining segments from an already resolved start.
    fn walk(&self, mut at: Resolved, rest: &[String], hops: usize) -> Result<Resolved, Missing> {
        for segment in rest {
            at = match at {
                Resolved::Module(module) => match self.lookup(module, segment, hops)? {
                    Some(found) => found,
                    None => {
                        return Err(Missing {
                            module,
                            name: segment.clone(),
                        });
                    }
                },
                Resolved::Item {
                    module,
                    name,
                    def: Def::Type,
                } if self.modules[module].from_template => {
                    let owner = TypeId { module, name };
                    if self.assoc(&owner, segment).is_none() && !self.is_open(&owner) {
                        return Err(Missing {
                            module,
                            name: format!("{}::{segment}", owner.name),
                        });
                    }
                    Resolved::Assoc {
                        owner,
                        name: segment.clone(),
                    }
                }
                _ => Resolved::Elsewhere,
            };
        }
        Ok(at)
    }

    /// A name visible in `module`: its own items and imports, then its glob imports.
    fn lookup(&self, module: ModId, name: &str, hops: usize) -> Result<Option<Resolved>, Missing> {
        if let Some(defs) = self.modules[module].names.get(name) {
            // An import and an item may share a name in different namespaces; an item wins.
            let def = defs
                .iter()
                .find(|d| !matches!(d, Def::Import(_)))
                .unwrap_or(&defs[0]);
            return match def {
                Def::Module(child) => Ok(Some(Resolved::Module(*child))),
                // `use name;`: a dependency re-exported, else a macro the module must define.
                Def::Import(path) if path.len() == 1 && path[0] == name => {
                    if self.externs[&self.modules[module].krate].contains(name) {
                        Ok(Some(Resolved::Elsewhere))
                    } else {
                        Err(Missing {
                            module,
                            name: name.to_string(),
                        })
                    }
                }
                Def::Import(path) => self.resolve_hops(module, path, hops + 1).map(Some),
                def => Ok(Some(Resolved::Item {
                    module,
                    name: name.to_string(),
                    def: def.clone(),
                })),
            };
        }
        for glob in &self.modules[module].globs {
            if let Ok(Resolved::Module(target)) = self.resolve_hops(module, glob, hops + 1) {
                if let Some(found) = self.lookup(target, name, hops + 1)? {
                    return Ok(Some(found));
                }
            }
        }
        Ok(None)
    }

    fn local(&self, module: ModId, name: &str, pick: impl Fn(&Def) -> bool) -> Option<Def> {
        self.modules[module]
            .names
            .get(name)?
            .iter()
            .find(|d| pick(d))
            .cloned()
    }

    /// `crate::a::B` for a message.
    pub fn describe(&self, missing: &Missing) -> String {
        let module = &self.modules[missing.module];
        format!(
            "{}::{} (in crate {})",
            module.path, missing.name, module.krate
        )
    }
}

/// The segments of a path, generic arguments dropped.
pub fn segments(path: &syn::Path) -> Vec<String> {
    let mut out: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    if path.leading_colon.is_some() {
        // `::name` is always an external crate.
        out.insert(0, String::from("::"));
    }
    out
}

/// Where `mod x;` in the file `path` looks for `x`'s file.
fn child_dir(path: &str) -> String {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let dir = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    match file {
        "lib.rs" | "main.rs" | "mod.rs" => dir,
        other => format!("{dir}{}/", other.trim_end_matches(".rs")),
    }
}

/// Flattens a use tree into (visible name, full path) pairs; a glob has no name.
fn use_leaves(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Option<String>, Vec<String>)>,
) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_leaves(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            let mut path = prefix.clone();
            if name == "self" {
                let alias = prefix.last().cloned();
                out.push((alias, path));
            } else {
                path.push(name.clone());
                out.push((Some(name), path));
            }
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            if r.ident != "self" {
                path.push(r.ident.to_string());
            }
            out.push((Some(r.rename.to_string()), path));
        }
        syn::UseTree::Glob(_) => out.push((None, prefix.clone())),
        syn::UseTree::Group(g) => {
            for item in &g.items {
                use_leaves(item, prefix, out);
            }
        }
    }
}

fn trait_item_name(item: &syn::TraitItem) -> Option<String> {
    match item {
        syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
        syn::TraitItem::Const(c) => Some(c.ident.to_string()),
        syn::TraitItem::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

fn return_type(sig: &syn::Signature) -> Option<syn::Type> {
    match &sig.output {
        syn::ReturnType::Default => None,
        syn::ReturnType::Type(_, ty) => Some((**ty).clone()),
    }
}
