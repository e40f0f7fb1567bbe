#[derive(Debug, Clone, PartialEq)]
pub struct SourceAccountUpdated {
    /// Identity's universal unique identifier (UUID) on the source. The source system generates the UUID.
    pub uuid: String,
    /// SailPoint generated unique identifier.
    pub id: String,
    /// Account's unique ID on the source.
    pub native_identifier: String,
    /// Source ID.
    pub source_id: String,
    /// Source name.
    pub source_name: String,
    /// ID of the identity correlated with the account.
    pub identity_id: String,
    /// Name of the identity correlated with the account.
    pub identity_name: String,
    /// Account attributes. The attributes' contents depend on the source's account schema.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAccountUpdated {
    /// Builds a `SourceAccountUpdated` from its required fields; the others are unset.
    pub fn new(
        uuid: impl Into<String>,
        id: impl Into<String>,
        native_identifier: impl Into<String>,
        source_id: impl Into<String>,
        source_name: impl Into<String>,
        identity_id: impl Into<String>,
        identity_name: impl Into<String>,
        attributes: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            id: id.into(),
            native_identifier: native_identifier.into(),
            source_id: source_id.into(),
            source_name: source_name.into(),
            identity_id: identity_id.into(),
            identity_name: identity_name.into(),
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceAccountUpdated {
    uuid: required("uuid"),
    id: required("id"),
    native_identifier: required("nativeIdentifier"),
    source_id: required("sourceId"),
    source_name: required("sourceName"),
    identity_id: required("identityId"),
    identity_name: required("identityName"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAccountUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
