#[derive(Debug, Clone, PartialEq)]
pub struct BaseCreateApplicationRequest {
    /// The type of application to be created (e.g., Active Directory, AWS S3, etc.).
    pub application_type: crate::ApplicationType,
    /// The display name of the application.
    pub name: String,
    /// A brief description of the application and its purpose.
    pub description: Option<Option<String>>,
    /// A list of tags to categorize or identify the application.
    pub tags: Option<Option<Vec<crate::Int64StringKeyValuePair>>>,
    /// The unique identifier for the identity collector associated with this application.
    pub identity_collector_id: Option<Option<i64>>,
    /// The unique identifier for the AD identity collector.
    pub ad_identity_collector_id: Option<Option<i64>>,
    /// The unique identifier for the NIS identity collector.
    pub nis_identity_collector_id: Option<Option<i64>>,
    /// Settings for crawling the application to discover resources.
    pub application_crawler_settings: Option<crate::ApplicationCrawlerSettings>,
    /// Settings for collecting permissions from the application.
    pub permission_collector_settings: Option<crate::PermissionCollectorSettings>,
    /// Settings for classifying data within the application.
    pub data_classification_settings: Option<crate::BaseSettings>,
    /// Settings for tracking and configuring activity within the application.
    pub activity_configuration_settings: Option<crate::ActivityConfigurationSettings>,
    /// If true, the application setup will be executed immediately after creation.
    pub execute_now: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseCreateApplicationRequest {
    /// Builds a `BaseCreateApplicationRequest` from its required fields; the others are unset.
    pub fn new(
        application_type: impl Into<crate::ApplicationType>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            application_type: application_type.into(),
            name: name.into(),
            description: None,
            tags: None,
            identity_collector_id: None,
            ad_identity_collector_id: None,
            nis_identity_collector_id: None,
            application_crawler_settings: None,
            permission_collector_settings: None,
            data_classification_settings: None,
            activity_configuration_settings: None,
            execute_now: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(BaseCreateApplicationRequest {
    description: nullable::<String>(description, description_null),
    tags: nullable::<Vec<crate::Int64StringKeyValuePair>>(tags, tags_null),
    identity_collector_id: nullable::<i64>(identity_collector_id, identity_collector_id_null),
    ad_identity_collector_id: nullable::<i64>(ad_identity_collector_id, ad_identity_collector_id_null),
    nis_identity_collector_id: nullable::<i64>(nis_identity_collector_id, nis_identity_collector_id_null),
    application_crawler_settings: optional::<crate::ApplicationCrawlerSettings>(application_crawler_settings),
    permission_collector_settings: optional::<crate::PermissionCollectorSettings>(permission_collector_settings),
    data_classification_settings: optional::<crate::BaseSettings>(data_classification_settings),
    activity_configuration_settings: optional::<crate::ActivityConfigurationSettings>(activity_configuration_settings),
    execute_now: optional::<bool>(execute_now),
});
crate::serde_helpers::serde_struct!(BaseCreateApplicationRequest {
    application_type: required("applicationType"),
    name: required("name"),
    description: nullable("description"),
    tags: nullable("tags"),
    identity_collector_id: nullable("identityCollectorId"),
    ad_identity_collector_id: nullable("adIdentityCollectorId"),
    nis_identity_collector_id: nullable("nisIdentityCollectorId"),
    application_crawler_settings: optional("applicationCrawlerSettings"),
    permission_collector_settings: optional("permissionCollectorSettings"),
    data_classification_settings: optional("dataClassificationSettings"),
    activity_configuration_settings: optional("activityConfigurationSettings"),
    execute_now: optional("executeNow"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseCreateApplicationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.application_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.tags, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.application_crawler_settings,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.permission_collector_settings,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.data_classification_settings,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.activity_configuration_settings,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
