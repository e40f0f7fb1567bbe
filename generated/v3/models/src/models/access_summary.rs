/// An object holding the access that is being reviewed
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<crate::AccessSummaryAccess>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlement: Option<Option<crate::ReviewableEntitlement>>,
    #[serde(rename = "accessProfile", default, skip_serializing_if = "Option::is_none")]
    pub access_profile: Option<crate::ReviewableAccessProfile>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub role: Option<Option<crate::ReviewableRole>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessSummary {
    /// Builds a `AccessSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `access`.
    pub fn access(mut self, value: impl Into<crate::AccessSummaryAccess>) -> Self {
        self.access = Some(value.into());
        self
    }
    /// Sets `entitlement`.
    pub fn entitlement(
        mut self,
        value: impl Into<crate::ReviewableEntitlement>,
    ) -> Self {
        self.entitlement = Some(Some(value.into()));
        self
    }
    /// Sets `entitlement` to an explicit `null`.
    pub fn entitlement_null(mut self) -> Self {
        self.entitlement = Some(None);
        self
    }
    /// Sets `access_profile`.
    pub fn access_profile(
        mut self,
        value: impl Into<crate::ReviewableAccessProfile>,
    ) -> Self {
        self.access_profile = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<crate::ReviewableRole>) -> Self {
        self.role = Some(Some(value.into()));
        self
    }
    /// Sets `role` to an explicit `null`.
    pub fn role_null(mut self) -> Self {
        self.role = Some(None);
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccessSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profile, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessSummaryAccess {
    /// The type of item being certified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DtoType>,
    /// The ID of the item being certified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the item being certified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessSummaryAccess {
    /// Builds a `AccessSummaryAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
        self.r#type = Some(value.into());
        self
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
}
impl crate::serde_helpers::SchemaFit for AccessSummaryAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
