#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CommonAccessItemAccess {
    /// Common access ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Common access type (ROLE or ACCESS_PROFILE)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::CommonAccessType>,
    /// Common access name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Common access description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Common access owner name
    #[serde(rename = "ownerName", default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// Common access owner ID
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CommonAccessItemAccess {
    /// Builds a `CommonAccessItemAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::CommonAccessType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    /// Sets `owner_name`.
    pub fn owner_name(mut self, value: impl Into<String>) -> Self {
        self.owner_name = Some(value.into());
        self
    }
    /// Sets `owner_id`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for CommonAccessItemAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
