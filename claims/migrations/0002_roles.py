"""The three roles as groups, with their permissions. A user's abilities come from these."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["article", "claim", "measure", "source", "evidence", "flag", "checkrun"]
WORK = [f"{verb}_{model}" for model in ["article", "claim", "measure", "source", "evidence"] for verb in ("add", "change", "view")]
READ = ["view_flag", "view_checkrun"]
ROLES = {
    "Fact-checkers": WORK + READ + ["resolve_flag"],
    "Editors": WORK + READ + ["resolve_flag", "sign_off_claim"],
    "Admins": [f"{verb}_{model}" for model in MODELS for verb in ("add", "change", "view", "delete")]
    + ["resolve_flag", "sign_off_claim", "view_audit", "revert_revision"],
}


def make_roles(apps, schema_editor):
    # Permissions are made after migrations by default; the groups need them now.
    for app_config in apps.get_app_configs():
        previous = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = previous
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = list(Permission.objects.filter(content_type__app_label="claims", codename__in=codenames))
        missing = set(codenames) - {p.codename for p in perms}
        if missing:
            raise RuntimeError(f"permissions missing for {name}: {sorted(missing)}")
        group.permissions.set(perms)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(make_roles, remove_roles)]
