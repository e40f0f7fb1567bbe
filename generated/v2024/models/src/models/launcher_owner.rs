/// Owner of the Launcher
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LauncherOwner {
    /// Owner type
    pub r#type: String,
    /// Owner ID
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LauncherOwner {
    /// Builds a `LauncherOwner` from its required fields; the others are unset.
    pub fn new(r#type: String, id: String) -> Self {
        Self {
            r#type,
            id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LauncherOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
