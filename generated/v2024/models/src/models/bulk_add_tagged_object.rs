#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkAddTaggedObject {
    pub object_refs: Option<Vec<crate::TaggedObjectDto>>,
    /// Label to be applied to an Object
    pub tags: Option<Vec<String>>,
    /// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
    ///
    /// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
    pub operation: Option<crate::BulkAddTaggedObjectOperation>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkAddTaggedObject {
    /// Builds a `BulkAddTaggedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkAddTaggedObject {
    object_refs: optional::<Vec<crate::TaggedObjectDto>>(object_refs),
    tags: optional::<Vec<String>>(tags),
    operation: optional::<crate::BulkAddTaggedObjectOperation>(operation),
});
crate::serde_helpers::serde_struct!(BulkAddTaggedObject {
    object_refs: optional("objectRefs"),
    tags: optional("tags"),
    operation: optional("operation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkAddTaggedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_refs, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
///
/// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BulkAddTaggedObjectOperation {
    /// `APPEND`
    Append,
    /// `MERGE`
    Merge,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BulkAddTaggedObjectOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Append => "APPEND",
            Self::Merge => "MERGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BulkAddTaggedObjectOperation {
    fn from(value: &str) -> Self {
        match value {
            "APPEND" => Self::Append,
            "MERGE" => Self::Merge,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BulkAddTaggedObjectOperation);
