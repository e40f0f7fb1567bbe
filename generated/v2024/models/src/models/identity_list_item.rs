#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityListItem {
    /// the identity ID
    pub id: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the first name of the identity
    pub first_name: Option<Option<String>>,
    /// the last name of the identity
    pub last_name: Option<Option<String>>,
    /// indicates if an identity is active or not
    pub active: Option<bool>,
    /// the date when the identity was deleted
    pub deleted_date: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityListItem {
    /// Builds a `IdentityListItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(Some(value.into()));
        self
    }
    /// Sets `first_name` to an explicit `null`.
    pub fn first_name_null(mut self) -> Self {
        self.first_name = Some(None);
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(Some(value.into()));
        self
    }
    /// Sets `last_name` to an explicit `null`.
    pub fn last_name_null(mut self) -> Self {
        self.last_name = Some(None);
        self
    }
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `deleted_date`.
    pub fn deleted_date(mut self, value: impl Into<String>) -> Self {
        self.deleted_date = Some(Some(value.into()));
        self
    }
    /// Sets `deleted_date` to an explicit `null`.
    pub fn deleted_date_null(mut self) -> Self {
        self.deleted_date = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(IdentityListItem {
    id: optional("id"),
    display_name: optional("displayName"),
    first_name: nullable("firstName"),
    last_name: nullable("lastName"),
    active: optional("active"),
    deleted_date: nullable("deletedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
