#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsResponse {
    pub errors: Option<Vec<crate::ImportFormDefinitionsResponseErrorsItem>>,
    pub imported_objects: Option<
        Vec<crate::ImportFormDefinitionsResponseImportedObjectsItem>,
    >,
    pub infos: Option<Vec<crate::ImportFormDefinitionsResponseInfosItem>>,
    pub warnings: Option<Vec<crate::ImportFormDefinitionsResponseWarningsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponse {
    /// Builds a `ImportFormDefinitionsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `errors`.
    pub fn errors(
        mut self,
        value: impl Into<Vec<crate::ImportFormDefinitionsResponseErrorsItem>>,
    ) -> Self {
        self.errors = Some(value.into());
        self
    }
    /// Sets `imported_objects`.
    pub fn imported_objects(
        mut self,
        value: impl Into<Vec<crate::ImportFormDefinitionsResponseImportedObjectsItem>>,
    ) -> Self {
        self.imported_objects = Some(value.into());
        self
    }
    /// Sets `infos`.
    pub fn infos(
        mut self,
        value: impl Into<Vec<crate::ImportFormDefinitionsResponseInfosItem>>,
    ) -> Self {
        self.infos = Some(value.into());
        self
    }
    /// Sets `warnings`.
    pub fn warnings(
        mut self,
        value: impl Into<Vec<crate::ImportFormDefinitionsResponseWarningsItem>>,
    ) -> Self {
        self.warnings = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ImportFormDefinitionsResponse {
    errors: optional("errors"),
    imported_objects: optional("importedObjects"),
    infos: optional("infos"),
    warnings: optional("warnings"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.imported_objects, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.infos, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.warnings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsResponseErrorsItem {
    pub detail: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    pub key: Option<String>,
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponseErrorsItem {
    /// Builds a `ImportFormDefinitionsResponseErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, ::serde_json::Value>>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ImportFormDefinitionsResponseErrorsItem {
    detail: optional("detail"),
    key: optional("key"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsResponseErrorsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.detail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsResponseImportedObjectsItem {
    pub object: Option<crate::FormDefinitionResponse>,
    pub self_: Option<String>,
    pub version: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponseImportedObjectsItem {
    /// Builds a `ImportFormDefinitionsResponseImportedObjectsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<crate::FormDefinitionResponse>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `self_`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ImportFormDefinitionsResponseImportedObjectsItem {
    object: optional("object"),
    self_: optional("self"),
    version: optional("version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ImportFormDefinitionsResponseImportedObjectsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsResponseInfosItem {
    pub detail: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    pub key: Option<String>,
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponseInfosItem {
    /// Builds a `ImportFormDefinitionsResponseInfosItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, ::serde_json::Value>>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ImportFormDefinitionsResponseInfosItem {
    detail: optional("detail"),
    key: optional("key"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsResponseInfosItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.detail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsResponseWarningsItem {
    pub detail: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    pub key: Option<String>,
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponseWarningsItem {
    /// Builds a `ImportFormDefinitionsResponseWarningsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, ::serde_json::Value>>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ImportFormDefinitionsResponseWarningsItem {
    detail: optional("detail"),
    key: optional("key"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsResponseWarningsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.detail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
