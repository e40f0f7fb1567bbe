#[derive(Debug, Clone, PartialEq)]
pub struct SourceAppCreateDto {
    /// The source app name
    pub name: String,
    /// The description of the source app
    pub description: String,
    /// True if the source app match all accounts
    pub match_all_accounts: Option<bool>,
    pub account_source: crate::SourceAppCreateDtoAccountSource,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAppCreateDto {
    /// Builds a `SourceAppCreateDto` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        account_source: impl Into<crate::SourceAppCreateDtoAccountSource>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            match_all_accounts: None,
            account_source: account_source.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SourceAppCreateDto {
    match_all_accounts: optional::<bool>(match_all_accounts),
});
crate::serde_helpers::serde_struct!(SourceAppCreateDto {
    name: required("name"),
    description: required("description"),
    match_all_accounts: optional("matchAllAccounts"),
    account_source: required("accountSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAppCreateDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAppCreateDtoAccountSource {
    /// The source ID
    pub id: String,
    /// The source type, will always be "SOURCE"
    pub r#type: Option<String>,
    /// The source name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAppCreateDtoAccountSource {
    /// Builds a `SourceAppCreateDtoAccountSource` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            r#type: None,
            name: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SourceAppCreateDtoAccountSource {
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceAppCreateDtoAccountSource {
    id: required("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAppCreateDtoAccountSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
