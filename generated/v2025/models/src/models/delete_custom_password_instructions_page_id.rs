#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteCustomPasswordInstructionsPageId {
    /// `change-password:enter-password`
    ChangePasswordEnterPassword,
    /// `change-password:finish`
    ChangePasswordFinish,
    /// `flow-selection:select`
    FlowSelectionSelect,
    /// `forget-username:user-email`
    ForgetUsernameUserEmail,
    /// `mfa:enter-code`
    MfaEnterCode,
    /// `mfa:enter-kba`
    MfaEnterKba,
    /// `mfa:select`
    MfaSelect,
    /// `reset-password:enter-password`
    ResetPasswordEnterPassword,
    /// `reset-password:enter-username`
    ResetPasswordEnterUsername,
    /// `reset-password:finish`
    ResetPasswordFinish,
    /// `unlock-account:enter-username`
    UnlockAccountEnterUsername,
    /// `unlock-account:finish`
    UnlockAccountFinish,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteCustomPasswordInstructionsPageId {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangePasswordEnterPassword => "change-password:enter-password",
            Self::ChangePasswordFinish => "change-password:finish",
            Self::FlowSelectionSelect => "flow-selection:select",
            Self::ForgetUsernameUserEmail => "forget-username:user-email",
            Self::MfaEnterCode => "mfa:enter-code",
            Self::MfaEnterKba => "mfa:enter-kba",
            Self::MfaSelect => "mfa:select",
            Self::ResetPasswordEnterPassword => "reset-password:enter-password",
            Self::ResetPasswordEnterUsername => "reset-password:enter-username",
            Self::ResetPasswordFinish => "reset-password:finish",
            Self::UnlockAccountEnterUsername => "unlock-account:enter-username",
            Self::UnlockAccountFinish => "unlock-account:finish",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeleteCustomPasswordInstructionsPageId {
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => Self::ChangePasswordEnterPassword,
            "change-password:finish" => Self::ChangePasswordFinish,
            "flow-selection:select" => Self::FlowSelectionSelect,
            "forget-username:user-email" => Self::ForgetUsernameUserEmail,
            "mfa:enter-code" => Self::MfaEnterCode,
            "mfa:enter-kba" => Self::MfaEnterKba,
            "mfa:select" => Self::MfaSelect,
            "reset-password:enter-password" => Self::ResetPasswordEnterPassword,
            "reset-password:enter-username" => Self::ResetPasswordEnterUsername,
            "reset-password:finish" => Self::ResetPasswordFinish,
            "unlock-account:enter-username" => Self::UnlockAccountEnterUsername,
            "unlock-account:finish" => Self::UnlockAccountFinish,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeleteCustomPasswordInstructionsPageId);
