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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsResponse {
    /// Builds a `ImportFormDefinitionsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsResponse {
    errors: optional::<Vec<crate::ImportFormDefinitionsResponseErrorsItem>>(errors),
    imported_objects: optional::<Vec<crate::ImportFormDefinitionsResponseImportedObjectsItem>>(imported_objects),
    infos: optional::<Vec<crate::ImportFormDefinitionsResponseInfosItem>>(infos),
    warnings: optional::<Vec<crate::ImportFormDefinitionsResponseWarningsItem>>(warnings),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsResponseErrorsItem {
    /// Builds a `ImportFormDefinitionsResponseErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsResponseErrorsItem {
    detail: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(detail),
    key: optional::<String>(key),
    text: optional::<String>(text),
});
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
    pub self_: Option<crate::FormDefinitionSelfImportExportDto>,
    pub version: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsResponseImportedObjectsItem {
    /// Builds a `ImportFormDefinitionsResponseImportedObjectsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsResponseImportedObjectsItem {
    object: optional::<crate::FormDefinitionResponse>(object),
    self_: optional::<crate::FormDefinitionSelfImportExportDto>(self_),
    version: optional::<i64>(version),
});
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
        crate::serde_helpers::SchemaFit::add_fit(&self.self_, fit);
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsResponseInfosItem {
    /// Builds a `ImportFormDefinitionsResponseInfosItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsResponseInfosItem {
    detail: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(detail),
    key: optional::<String>(key),
    text: optional::<String>(text),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsResponseWarningsItem {
    /// Builds a `ImportFormDefinitionsResponseWarningsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsResponseWarningsItem {
    detail: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(detail),
    key: optional::<String>(key),
    text: optional::<String>(text),
});
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
