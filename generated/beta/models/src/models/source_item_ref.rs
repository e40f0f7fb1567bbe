#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceItemRef {
    /// The id for the source on which account selections are made
    pub source_id: Option<Option<String>>,
    /// A list of account selections on the source. Currently, only one selection per source is supported.
    pub accounts: Option<Option<Vec<crate::AccountItemRef>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceItemRef {
    /// Builds a `SourceItemRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceItemRef {
    source_id: nullable::<String>(source_id, source_id_null),
    accounts: nullable::<Vec<crate::AccountItemRef>>(accounts, accounts_null),
});
crate::serde_helpers::serde_struct!(SourceItemRef {
    source_id: nullable("sourceId"),
    accounts: nullable("accounts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceItemRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
