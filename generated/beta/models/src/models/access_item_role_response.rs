#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemRoleResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. role in this case
    pub access_type: Option<String>,
    /// the role display name
    pub display_name: Option<String>,
    /// the associated source name if it exists
    pub source_name: Option<Option<String>>,
    /// the description for the role
    pub description: Option<String>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    pub start_date: Option<Option<String>>,
    /// the date the role is no longer assigned to the specified identity
    pub remove_date: Option<String>,
    /// indicates whether the role is revocable
    pub revocable: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessItemRoleResponse {
    /// Builds a `AccessItemRoleResponse` from its required fields; the others are unset.
    pub fn new(revocable: impl Into<bool>) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            description: None,
            start_date: None,
            remove_date: None,
            revocable: revocable.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `access_type`.
    pub fn access_type(mut self, value: impl Into<String>) -> Self {
        self.access_type = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(Some(value.into()));
        self
    }
    /// Sets `source_name` to an explicit `null`.
    pub fn source_name_null(mut self) -> Self {
        self.source_name = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(Some(value.into()));
        self
    }
    /// Sets `start_date` to an explicit `null`.
    pub fn start_date_null(mut self) -> Self {
        self.start_date = Some(None);
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<String>) -> Self {
        self.remove_date = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessItemRoleResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: nullable("sourceName"),
    description: optional("description"),
    start_date: nullable("startDate"),
    remove_date: optional("removeDate"),
    revocable: required("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRoleResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
