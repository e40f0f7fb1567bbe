/// RFC 6902 JSON Patch operation
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterStorageJsonPatch {
    /// The operation to perform (add, remove, replace, move, copy, test)
    pub op: crate::ParameterStorageJsonPatchOp,
    /// A JSON-Pointer describing the target location
    pub path: String,
    /// The value to be used within the operations. Required for add/replace/test.
    pub value: Option<::serde_json::Value>,
    /// A JSON-Pointer describing the source location for move/copy.
    pub from: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageJsonPatch {
    /// Builds a `ParameterStorageJsonPatch` from its required fields; the others are unset.
    pub fn new(
        op: impl Into<crate::ParameterStorageJsonPatchOp>,
        path: impl Into<String>,
    ) -> Self {
        Self {
            op: op.into(),
            path: path.into(),
            value: None,
            from: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ParameterStorageJsonPatch {
    value: optional::<::serde_json::Value>(value),
    from_: optional::<String>(from),
});
crate::serde_helpers::serde_struct!(ParameterStorageJsonPatch {
    op: required("op"),
    path: required("path"),
    value: nullable("value"),
    from: optional("from"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageJsonPatch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to perform (add, remove, replace, move, copy, test)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParameterStorageJsonPatchOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ParameterStorageJsonPatchOp {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Move => "move",
            Self::Copy => "copy",
            Self::Test => "test",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ParameterStorageJsonPatchOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            "move" => Self::Move,
            "copy" => Self::Copy,
            "test" => Self::Test,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ParameterStorageJsonPatchOp);
