#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedItemAccountSelections {
    /// The description for this requested item
    pub description: Option<String>,
    /// This field indicates if account selections are not allowed for this requested item.
    /// * If true, this field indicates that account selections will not be available for this item and user combination. In this case, no account selections should be provided in the access request for this item and user combination, irrespective of whether the user has single or multiple accounts on a source.
    /// * An example is where a user is requesting an access profile that is already assigned to one of their accounts.
    pub accounts_selection_blocked: Option<bool>,
    /// If account selections are not allowed for an item, this field will denote the reason.
    pub accounts_selection_blocked_reason: Option<Option<String>>,
    /// The type of the item being requested.
    pub r#type: Option<crate::RequestedItemAccountSelectionsType>,
    /// The id of the requested item
    pub id: Option<String>,
    /// The name of the requested item
    pub name: Option<String>,
    /// The details for the sources and accounts for the requested item and identity combination
    pub sources: Option<Vec<crate::SourceAccountSelections>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestedItemAccountSelections {
    /// Builds a `RequestedItemAccountSelections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestedItemAccountSelections {
    description: optional::<String>(description),
    accounts_selection_blocked: optional::<bool>(accounts_selection_blocked),
    accounts_selection_blocked_reason: nullable::<String>(accounts_selection_blocked_reason, accounts_selection_blocked_reason_null),
    r#type: optional::<crate::RequestedItemAccountSelectionsType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    sources: optional::<Vec<crate::SourceAccountSelections>>(sources),
});
crate::serde_helpers::serde_struct!(RequestedItemAccountSelections {
    description: optional("description"),
    accounts_selection_blocked: optional("accountsSelectionBlocked"),
    accounts_selection_blocked_reason: nullable("accountsSelectionBlockedReason"),
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    sources: optional("sources"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedItemAccountSelections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.sources, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemAccountSelectionsType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemAccountSelectionsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestedItemAccountSelectionsType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemAccountSelectionsType);
