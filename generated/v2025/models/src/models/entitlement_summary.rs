/// EntitlementReference
///
/// Includes the fields of [`Access`](crate::Access), [`DisplayReference`](crate::DisplayReference), [`ReferenceV2025`](crate::ReferenceV2025).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementSummary {
    /// The unique ID of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description of access item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::ReferenceV2025>,
    /// Type of the access item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standalone: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementSummary {
    /// Builds a `EntitlementSummary` with every field unset.
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
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::ReferenceV2025>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `standalone`.
    pub fn standalone(mut self, value: impl Into<bool>) -> Self {
        self.standalone = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for EntitlementSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
