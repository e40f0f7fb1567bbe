#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAttributesChangedChangesItem {
    /// The name of the attribute.
    pub attribute: String,
    /// The previous value of the attribute.
    #[serde(rename = "oldValue")]
    pub old_value: Option<crate::AccountAttributesChangedChangesItemOldValue>,
    /// The new value of the attribute.
    #[serde(rename = "newValue")]
    pub new_value: Option<crate::AccountAttributesChangedChangesItemNewValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAttributesChangedChangesItem {
    /// Builds a `AccountAttributesChangedChangesItem` from its required fields; the others are unset.
    pub fn new(
        attribute: String,
        old_value: Option<crate::AccountAttributesChangedChangesItemOldValue>,
        new_value: Option<crate::AccountAttributesChangedChangesItemNewValue>,
    ) -> Self {
        Self {
            attribute,
            old_value,
            new_value,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountAttributesChangedChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
