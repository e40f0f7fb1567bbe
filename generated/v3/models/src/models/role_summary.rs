/// Role
///
/// Includes the fields of [`Access`](crate::Access), [`DisplayReference`](crate::DisplayReference), [`ReferenceV3`](crate::ReferenceV3).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleSummary {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Description of access item.
    pub description: Option<Option<String>>,
    /// Type of the access item.
    pub r#type: Option<String>,
    pub owner: Option<crate::DisplayReference>,
    pub disabled: Option<bool>,
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleSummary {
    /// Builds a `RoleSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::DisplayReference>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: impl Into<bool>) -> Self {
        self.disabled = Some(value.into());
        self
    }
    /// Sets `revocable`.
    pub fn revocable(mut self, value: impl Into<bool>) -> Self {
        self.revocable = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleSummary {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    description: nullable("description"),
    r#type: optional("type"),
    owner: optional("owner"),
    disabled: optional("disabled"),
    revocable: optional("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
