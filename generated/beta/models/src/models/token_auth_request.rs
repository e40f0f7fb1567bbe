#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokenAuthRequest {
    /// Token value
    pub token: String,
    /// User alias from table spt_identity field named 'name'
    #[serde(rename = "userAlias")]
    pub user_alias: String,
    /// Token delivery type
    #[serde(rename = "deliveryType")]
    pub delivery_type: crate::TokenAuthRequestDeliveryType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TokenAuthRequest {
    /// Builds a `TokenAuthRequest` from its required fields; the others are unset.
    pub fn new(
        token: String,
        user_alias: String,
        delivery_type: crate::TokenAuthRequestDeliveryType,
    ) -> Self {
        Self {
            token,
            user_alias,
            delivery_type,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TokenAuthRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
