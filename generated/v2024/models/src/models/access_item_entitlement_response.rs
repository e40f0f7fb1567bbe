#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessItemEntitlementResponse {
    /// the access item id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the entitlement attribute
    pub attribute: String,
    /// the associated value
    pub value: String,
    /// the type of entitlement
    pub r#type: String,
    /// the description for the entitlment
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// the id of the source
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// indicates whether the entitlement is standalone
    pub standalone: Option<bool>,
    /// indicates whether the entitlement is privileged
    pub privileged: Option<bool>,
    /// indicates whether the entitlement is cloud governed
    #[serde(rename = "cloudGoverned")]
    pub cloud_governed: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessItemEntitlementResponse {
    /// Builds a `AccessItemEntitlementResponse` from its required fields; the others are unset.
    pub fn new(
        attribute: String,
        value: String,
        r#type: String,
        standalone: Option<bool>,
        privileged: Option<bool>,
        cloud_governed: Option<bool>,
    ) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            attribute,
            value,
            r#type,
            description: None,
            source_id: None,
            standalone,
            privileged,
            cloud_governed,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemEntitlementResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
