#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceModel {
    /// The unique identifier for the resource.
    pub id: Option<i64>,
    /// The display name or label for the resource.
    pub name: Option<Option<String>>,
    /// The full path to the resource within the system or application.
    pub full_path: Option<Option<String>>,
    /// The unique identifier of the application to which this resource belongs.
    pub application_id: Option<i64>,
    /// The type of business service or resource.
    pub r#type: Option<crate::BusinessServiceType>,
    /// A list of UUIDs representing the owners of the resource.
    pub owners: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ResourceModel {
    /// Builds a `ResourceModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `full_path`.
    pub fn full_path(mut self, value: impl Into<String>) -> Self {
        self.full_path = Some(Some(value.into()));
        self
    }
    /// Sets `full_path` to an explicit `null`.
    pub fn full_path_null(mut self) -> Self {
        self.full_path = Some(None);
        self
    }
    /// Sets `application_id`.
    pub fn application_id(mut self, value: impl Into<i64>) -> Self {
        self.application_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::BusinessServiceType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `owners`.
    pub fn owners(mut self, value: impl Into<Vec<String>>) -> Self {
        self.owners = Some(Some(value.into()));
        self
    }
    /// Sets `owners` to an explicit `null`.
    pub fn owners_null(mut self) -> Self {
        self.owners = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ResourceModel {
    id: optional("id"),
    name: nullable("name"),
    full_path: nullable("fullPath"),
    application_id: optional("applicationId"),
    r#type: optional("type"),
    owners: nullable("owners"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
