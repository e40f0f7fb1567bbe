#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    /// Name of the attribute being provisioned.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// Value of the attribute being provisioned.
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute_value: Option<Option<String>>,
    /// The operation to handle the attribute.
    pub operation: crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    /// Builds a `ProvisioningCompletedAccountRequestsItemAttributeRequestsItem` from its required fields; the others are unset.
    pub fn new(
        attribute_name: String,
        operation: crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation,
    ) -> Self {
        Self {
            attribute_name,
            attribute_value: None,
            operation,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
