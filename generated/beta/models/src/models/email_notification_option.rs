#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailNotificationOption {
    /// If true, then the manager is notified of the lifecycle state change.
    pub notify_managers: Option<bool>,
    /// If true, then all the admins are notified of the lifecycle state change.
    pub notify_all_admins: Option<bool>,
    /// If true, then the users specified in "emailAddressList" below are notified of lifecycle state change.
    pub notify_specific_users: Option<bool>,
    /// List of user email addresses. If "notifySpecificUsers" option is true, then these users are notified of lifecycle state change.
    pub email_address_list: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EmailNotificationOption {
    /// Builds a `EmailNotificationOption` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EmailNotificationOption {
    notify_managers: optional::<bool>(notify_managers),
    notify_all_admins: optional::<bool>(notify_all_admins),
    notify_specific_users: optional::<bool>(notify_specific_users),
    email_address_list: optional::<Vec<String>>(email_address_list),
});
crate::serde_helpers::serde_struct!(EmailNotificationOption {
    notify_managers: optional("notifyManagers"),
    notify_all_admins: optional("notifyAllAdmins"),
    notify_specific_users: optional("notifySpecificUsers"),
    email_address_list: optional("emailAddressList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EmailNotificationOption {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
