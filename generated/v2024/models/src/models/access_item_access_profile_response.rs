#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemAccessProfileResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. accessProfile in this case
    pub access_type: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the name of the source
    pub source_name: Option<String>,
    /// the number of entitlements the access profile will create
    pub entitlement_count: i32,
    /// the description for the access profile
    pub description: Option<Option<String>>,
    /// the id of the source
    pub source_id: Option<String>,
    /// the list of app ids associated with the access profile
    pub app_refs: Vec<crate::AccessItemAccessProfileResponseAppRefsItem>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    pub start_date: Option<Option<String>>,
    /// the date the access profile is no longer assigned to the specified identity
    pub remove_date: Option<Option<String>>,
    /// indicates whether the access profile is standalone
    pub standalone: Option<bool>,
    /// indicates whether the access profile is revocable
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemAccessProfileResponse {
    /// Builds a `AccessItemAccessProfileResponse` from its required fields; the others are unset.
    pub fn new(
        entitlement_count: impl Into<i32>,
        app_refs: impl Into<Vec<crate::AccessItemAccessProfileResponseAppRefsItem>>,
        standalone: impl Into<Option<bool>>,
        revocable: impl Into<Option<bool>>,
    ) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            entitlement_count: entitlement_count.into(),
            description: None,
            source_id: None,
            app_refs: app_refs.into(),
            start_date: None,
            remove_date: None,
            standalone: standalone.into(),
            revocable: revocable.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemAccessProfileResponse {
    id: optional::<String>(id),
    access_type: optional::<String>(access_type),
    display_name: optional::<String>(display_name),
    source_name: optional::<String>(source_name),
    description: nullable::<String>(description, description_null),
    source_id: optional::<String>(source_id),
    start_date: nullable::<String>(start_date, start_date_null),
    remove_date: nullable::<String>(remove_date, remove_date_null),
});
crate::serde_helpers::serde_struct!(AccessItemAccessProfileResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: optional("sourceName"),
    entitlement_count: required("entitlementCount"),
    description: nullable("description"),
    source_id: optional("sourceId"),
    app_refs: required("appRefs"),
    start_date: nullable("startDate"),
    remove_date: nullable("removeDate"),
    standalone: required("standalone"),
    revocable: required("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemAccessProfileResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.app_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemAccessProfileResponseAppRefsItem {
    /// the cloud app id associated with the access profile
    pub cloud_app_id: Option<String>,
    /// the cloud app name associated with the access profile
    pub cloud_app_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemAccessProfileResponseAppRefsItem {
    /// Builds a `AccessItemAccessProfileResponseAppRefsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemAccessProfileResponseAppRefsItem {
    cloud_app_id: optional::<String>(cloud_app_id),
    cloud_app_name: optional::<String>(cloud_app_name),
});
crate::serde_helpers::serde_struct!(AccessItemAccessProfileResponseAppRefsItem {
    cloud_app_id: optional("cloudAppId"),
    cloud_app_name: optional("cloudAppName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemAccessProfileResponseAppRefsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
