/// DTO class for OrgConfig data accessible by customer external org admin ("ORG_ADMIN") users
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgConfig {
    /// The name of the org.
    pub org_name: Option<String>,
    /// The selected time zone which is to be used for the org.  This directly affects when scheduled tasks are executed.  Valid options can be found at /beta/org-config/valid-time-zones
    pub time_zone: Option<String>,
    /// Flag to determine whether the LCS_CHANGE_HONORS_SOURCE_ENABLE_FEATURE flag is enabled for the current org.
    pub lcs_change_honors_source_enable_feature: Option<bool>,
    /// ARM Customer ID
    pub arm_customer_id: Option<Option<String>>,
    /// A list of IDN::sourceId to ARM::systemId mappings.
    pub arm_sap_system_id_mappings: Option<Option<String>>,
    /// ARM authentication string
    pub arm_auth: Option<Option<String>>,
    /// ARM database name
    pub arm_db: Option<Option<String>>,
    /// ARM SSO URL
    pub arm_sso_url: Option<Option<String>>,
    /// Flag to determine whether IAI Certification Recommendations are enabled for the current org
    pub iai_enable_certification_recommendations: Option<bool>,
    /// Org opt-in flag that enables AI Agent delete-at-source lifecycle requests for the current org.
    pub ai_agent_delete_request_enabled: Option<Option<bool>>,
    pub sod_report_configs: Option<Vec<crate::ReportConfigDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OrgConfig {
    /// Builds a `OrgConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OrgConfig {
    org_name: optional::<String>(org_name),
    time_zone: optional::<String>(time_zone),
    lcs_change_honors_source_enable_feature: optional::<bool>(lcs_change_honors_source_enable_feature),
    arm_customer_id: nullable::<String>(arm_customer_id, arm_customer_id_null),
    arm_sap_system_id_mappings: nullable::<String>(arm_sap_system_id_mappings, arm_sap_system_id_mappings_null),
    arm_auth: nullable::<String>(arm_auth, arm_auth_null),
    arm_db: nullable::<String>(arm_db, arm_db_null),
    arm_sso_url: nullable::<String>(arm_sso_url, arm_sso_url_null),
    iai_enable_certification_recommendations: optional::<bool>(iai_enable_certification_recommendations),
    ai_agent_delete_request_enabled: nullable::<bool>(ai_agent_delete_request_enabled, ai_agent_delete_request_enabled_null),
    sod_report_configs: optional::<Vec<crate::ReportConfigDto>>(sod_report_configs),
});
crate::serde_helpers::serde_struct!(OrgConfig {
    org_name: optional("orgName"),
    time_zone: optional("timeZone"),
    lcs_change_honors_source_enable_feature: optional("lcsChangeHonorsSourceEnableFeature"),
    arm_customer_id: nullable("armCustomerId"),
    arm_sap_system_id_mappings: nullable("armSapSystemIdMappings"),
    arm_auth: nullable("armAuth"),
    arm_db: nullable("armDb"),
    arm_sso_url: nullable("armSsoUrl"),
    iai_enable_certification_recommendations: optional("iaiEnableCertificationRecommendations"),
    ai_agent_delete_request_enabled: nullable("aiAgentDeleteRequestEnabled"),
    sod_report_configs: optional("sodReportConfigs"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OrgConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sod_report_configs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
