# Compliant: extra batch, short social posts with emojis and hashtags,
# app-store style copy, and B2B offers.
DATA = r"""
@ vertical=restaurants lang=en
🍕 Pizza Friday | Two large pizzas for $22. Pickup only. #PizzaFriday
🌮 Taco Truck Is Here | Find us at 5th and Pine until 8pm tonight.
🍦 Free Scoop Day | Free kids' scoop with any adult cone this Saturday.
☕ New Fall Menu | Maple latte and pumpkin bread are back.
🥗 Lunch in 10 Minutes | Order ahead in the app, skip the line.
@ vertical=retail_fashion lang=en
👟 Fresh Kicks Friday | New sneakers restocked every Friday at 10am.
🧥 Coat Drive + 20% Off | Donate an old coat, get 20% off a new one.
👜 Bag Sale | Totes and crossbodies 30% off this week.
🧦 Cozy Socks 3 for $12 | Soft, warm, and fun patterns.
@ vertical=fitness lang=en
🏃 5K Training Group | Free Saturday runs, all paces welcome.
🧘 Sunrise Yoga on the Beach | Donation-based classes, 7am Sundays.
🚴 Spin Challenge | Ride 100 miles this month and win a water bottle.
@ vertical=mobile_apps lang=en
📱 New Update: Dark Mode | Your favorite notes app now has dark mode. Update now.
⭐ 4.8 on the App Store | Join 2 million people learning to cook with Simmer.
🎧 Podcast App | Smart speed and silence trimming save an hour a week.
📸 Photo Backup | Back up every photo automatically. 15GB free.
🗺️ Offline Maps | Download maps for 200 countries and navigate without data.
@ vertical=pets lang=en
🐕 Dog Walker Available | Midday walks in Maple Heights, insured, references.
🐈 Cat Café | Coffee and cuddles with adoptable cats. Reservations online.
🐠 Aquarium Sale | Starter tanks with filters and lights 25% off.
@ vertical=travel lang=en
🏔️ Mountain Cabins | Fall foliage weekends still available.
🌊 Beach House Rentals | Weekly rentals steps from the sand.
🚂 Scenic Train Rides | Vintage train rides through the valley on weekends.
@ vertical=b2b lang=en
Net 30 Terms for Contractors | Open a trade account and buy supplies on invoice terms at our branches.
Free Samples for Restaurants | Try our compostable takeout containers free.
Bulk Discounts on Cleaning Supplies | Save 20% on orders over $500.
Commercial HVAC Maintenance | Preventive maintenance plans for office buildings.
Energy Audits for Factories | Find savings in compressed air, lighting and motors.
Wholesale Flowers | Fresh flowers for florists and event planners, next-day delivery.
Industrial Label Printing | Durable labels for chemicals and equipment.
Hotel Linen Rental | Sheets and towels laundered and delivered daily.
Food Safety Training | ServSafe certification classes for kitchen staff.
Forklift Training | OSHA-compliant forklift certification onsite.
Commercial Snow Removal | Parking lots cleared before opening.
Packaging Design | Retail-ready packaging designed and printed.
Office Relocation | Move your office over a weekend with no downtime.
@ vertical=software_saas lang=en
Free Plan Forever | Up to 3 projects and 5 users. Upgrade when you're ready.
Migrate From Spreadsheets | Import your CSVs and build your first dashboard today.
Integrates With 300 Apps | Connect your CRM, email and calendar in clicks.
Nonprofit Discount | 50% off for registered charities.
Education Pricing | Free for teachers and students.
@ vertical=events lang=en
Paint Night for Families | Paint a canvas with step-by-step guidance. Snacks and sodas included.
Gingerbread House Workshop | Build and decorate a gingerbread house. Ages 5+.
Summer Concert Series | Free outdoor concerts every Thursday in July.
Farm Open Day | Meet the animals, tractor rides and fresh apple cider.
Garden Tour | Visit 10 private gardens in the historic district.
Makers Fair | Woodworkers, potters and 3D printing demos.
Quilt Show | 300 quilts on display, vendors and classes.
@ vertical=government lang=en
Free Mulch for Residents | Pick up free mulch at the city yard, Saturdays.
Pothole Reporting | Report potholes in the city app and track repairs.
Summer Meals for Kids | Free lunches at parks and libraries for anyone 18 and under.
Senior Tax Relief | Apply for property tax relief if you're 65 or older.
Public Pool Season Passes | Swim all summer for $60 per family.
Water Bill Assistance | Help paying your water bill for eligible households.
@ vertical=healthcare lang=en
Sports Medicine Clinic | Same-week appointments for sprains and strains.
Vein Clinic | Consultations for varicose and spider veins.
Sleep Clinic | Diagnosis and treatment for sleep disorders.
Allergy Clinic for Kids | Food allergy testing with pediatric allergists.
Women's Health Checkups | Annual exams and screenings with women's health specialists.
Foot and Ankle Surgeons | Bunion and sports injury care.
Urgent Care for Kids | Pediatric urgent care open until 10pm.
@ vertical=finance lang=en
!Free Credit Score Check | See your score anytime without affecting it.
Budget Templates | Free monthly budget templates for families.
Bill Pay Reminders | Never miss a due date with free reminders.
Small Business Banking Webinar | How to separate business and personal finances. Free.
Coin Collecting Club | Monthly meetups for numismatists. Beginners welcome.
@ vertical=beauty lang=en
Men's Skincare Starter Kit | Cleanser, moisturizer and SPF in one box.
Hair Salon for Kids | Fun chairs, cartoons and patient stylists.
Blowout Bar | Blowouts from $40, in and out in 45 minutes.
Nail Art Classes | Learn nail art basics in one evening.
Clean Fragrance | Perfumes made without phthalates.
"""
