#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Launcher {
    /// ID of the Launcher
    ///
    /// Format: `uuid`.
    pub id: String,
    /// Date the Launcher was created
    pub created: crate::primitives::DateTime,
    /// Date the Launcher was last modified
    pub modified: crate::primitives::DateTime,
    /// Owner of the Launcher
    pub owner: crate::LauncherOwner,
    /// Name of the Launcher, limited to 255 characters
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    pub description: String,
    /// Launcher type
    pub r#type: crate::LauncherType,
    /// State of the Launcher
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<crate::LauncherReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
    pub config: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Launcher {
    /// Builds a `Launcher` from its required fields; the others are unset.
    pub fn new(
        id: String,
        created: crate::primitives::DateTime,
        modified: crate::primitives::DateTime,
        owner: crate::LauncherOwner,
        name: String,
        description: String,
        r#type: crate::LauncherType,
        disabled: bool,
        config: String,
    ) -> Self {
        Self {
            id,
            created,
            modified,
            owner,
            name,
            description,
            r#type,
            disabled,
            reference: None,
            config,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Launcher {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reference, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
