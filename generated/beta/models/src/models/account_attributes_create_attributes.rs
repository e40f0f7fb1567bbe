/// The schema attribute values for the account
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAttributesCreateAttributes {
    /// Target source to create an account
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Properties not declared above, by name, in wire order.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, String>,
}
impl AccountAttributesCreateAttributes {
    /// Builds a `AccountAttributesCreateAttributes` from its required fields; the others are unset.
    pub fn new(source_id: String) -> Self {
        Self {
            source_id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountAttributesCreateAttributes {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
