#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdatedMultiValueAttributeChangesItem {
    /// The name of the attribute that was changed.
    pub name: String,
    /// The values that were added to the attribute.
    #[serde(rename = "addedValues")]
    pub added_values: Vec<
        crate::AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem,
    >,
    /// The values that were removed from the attribute.
    #[serde(rename = "removedValues")]
    pub removed_values: Vec<
        crate::AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdatedMultiValueAttributeChangesItem {
    /// Builds a `AccountUpdatedMultiValueAttributeChangesItem` from its required fields; the others are unset.
    pub fn new(
        name: String,
        added_values: Vec<
            crate::AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem,
        >,
        removed_values: Vec<
            crate::AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem,
        >,
    ) -> Self {
        Self {
            name,
            added_values,
            removed_values,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdatedMultiValueAttributeChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
