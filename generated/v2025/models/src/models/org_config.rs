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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OrgConfig {
    /// Builds a `OrgConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `org_name`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `time_zone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }
    /// Sets `lcs_change_honors_source_enable_feature`.
    pub fn lcs_change_honors_source_enable_feature(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.lcs_change_honors_source_enable_feature = Some(value.into());
        self
    }
    /// Sets `arm_customer_id`.
    pub fn arm_customer_id(mut self, value: impl Into<String>) -> Self {
        self.arm_customer_id = Some(Some(value.into()));
        self
    }
    /// Sets `arm_customer_id` to an explicit `null`.
    pub fn arm_customer_id_null(mut self) -> Self {
        self.arm_customer_id = Some(None);
        self
    }
    /// Sets `arm_sap_system_id_mappings`.
    pub fn arm_sap_system_id_mappings(mut self, value: impl Into<String>) -> Self {
        self.arm_sap_system_id_mappings = Some(Some(value.into()));
        self
    }
    /// Sets `arm_sap_system_id_mappings` to an explicit `null`.
    pub fn arm_sap_system_id_mappings_null(mut self) -> Self {
        self.arm_sap_system_id_mappings = Some(None);
        self
    }
    /// Sets `arm_auth`.
    pub fn arm_auth(mut self, value: impl Into<String>) -> Self {
        self.arm_auth = Some(Some(value.into()));
        self
    }
    /// Sets `arm_auth` to an explicit `null`.
    pub fn arm_auth_null(mut self) -> Self {
        self.arm_auth = Some(None);
        self
    }
    /// Sets `arm_db`.
    pub fn arm_db(mut self, value: impl Into<String>) -> Self {
        self.arm_db = Some(Some(value.into()));
        self
    }
    /// Sets `arm_db` to an explicit `null`.
    pub fn arm_db_null(mut self) -> Self {
        self.arm_db = Some(None);
        self
    }
    /// Sets `arm_sso_url`.
    pub fn arm_sso_url(mut self, value: impl Into<String>) -> Self {
        self.arm_sso_url = Some(Some(value.into()));
        self
    }
    /// Sets `arm_sso_url` to an explicit `null`.
    pub fn arm_sso_url_null(mut self) -> Self {
        self.arm_sso_url = Some(None);
        self
    }
    /// Sets `iai_enable_certification_recommendations`.
    pub fn iai_enable_certification_recommendations(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.iai_enable_certification_recommendations = Some(value.into());
        self
    }
    /// Sets `ai_agent_delete_request_enabled`.
    pub fn ai_agent_delete_request_enabled(mut self, value: impl Into<bool>) -> Self {
        self.ai_agent_delete_request_enabled = Some(Some(value.into()));
        self
    }
    /// Sets `ai_agent_delete_request_enabled` to an explicit `null`.
    pub fn ai_agent_delete_request_enabled_null(mut self) -> Self {
        self.ai_agent_delete_request_enabled = Some(None);
        self
    }
    /// Sets `sod_report_configs`.
    pub fn sod_report_configs(
        mut self,
        value: impl Into<Vec<crate::ReportConfigDto>>,
    ) -> Self {
        self.sod_report_configs = Some(value.into());
        self
    }
}
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
