#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdatedSingleValueAttributeChangesItem {
    /// The name of the attribute that was changed.
    pub name: String,
    /// The old value of the attribute before the change.
    #[serde(rename = "oldValue")]
    pub old_value: crate::AccountUpdatedSingleValueAttributeChangesItemOldValue,
    /// The new value of the attribute after the change.
    #[serde(rename = "newValue")]
    pub new_value: crate::AccountUpdatedSingleValueAttributeChangesItemNewValue,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdatedSingleValueAttributeChangesItem {
    /// Builds a `AccountUpdatedSingleValueAttributeChangesItem` from its required fields; the others are unset.
    pub fn new(
        name: String,
        old_value: crate::AccountUpdatedSingleValueAttributeChangesItemOldValue,
        new_value: crate::AccountUpdatedSingleValueAttributeChangesItemNewValue,
    ) -> Self {
        Self {
            name,
            old_value,
            new_value,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdatedSingleValueAttributeChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
