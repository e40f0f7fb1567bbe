#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityListItem {
    /// the identity ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the first name of the identity
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub first_name: Option<Option<String>>,
    /// the last name of the identity
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_name: Option<Option<String>>,
    /// indicates if an identity is active or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// the date when the identity was deleted
    #[serde(
        rename = "deletedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub deleted_date: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for IdentityListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
