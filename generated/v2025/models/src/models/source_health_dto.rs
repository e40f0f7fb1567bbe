/// Dto for source health data
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceHealthDto {
    /// the id of the Source
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies the type of system being managed e.g. Active Directory, Workday, etc.. If you are creating a Delimited File source, you must set the `provisionasCsv` query parameter to `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// the name of the source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// source's org
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// Is the source authoritative
    #[serde(
        rename = "isAuthoritative",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub is_authoritative: Option<bool>,
    /// Is the source in a cluster
    #[serde(rename = "isCluster", default, skip_serializing_if = "Option::is_none")]
    pub is_cluster: Option<bool>,
    /// source's hostname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// source's pod
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// The version of the iqService
    #[serde(
        rename = "iqServiceVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub iq_service_version: Option<Option<String>>,
    /// connection test result
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::SourceHealthDtoStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceHealthDto {
    /// Builds a `SourceHealthDto` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            name: None,
            org: None,
            is_authoritative: None,
            is_cluster: None,
            hostname: None,
            pod: None,
            iq_service_version: None,
            status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SourceHealthDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
