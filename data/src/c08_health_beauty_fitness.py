# Compliant: healthcare services, beauty, personal care, fitness, wellness.
# Health ads here make only modest, verifiable claims (README rule).
DATA = r"""
@ vertical=healthcare lang=en
Same-Day Urgent Care | Walk in or reserve a spot online. Open 8am-8pm, 7 days a week. Most insurance accepted.
Find a Primary Care Doctor | New patients welcome at Lakeside Family Medicine. Book online in 2 minutes.
Physical Therapy for Back Pain | Personalized PT plans, no referral needed in most states. First visit this week.
Flu Season Is Here | Get your annual flu vaccine at Northside Clinic. No appointment, most plans covered.
Dental Cleaning $89 for New Patients | Exam, X-rays and cleaning at Brightsmile Dental. Evening hours.
Invisible Aligners Consultation | Free orthodontic consultation with a licensed orthodontist.
Therapy Online | Licensed therapists by video or chat. Insurance accepted in 30 states.
~Talk to a Licensed Therapist | Book a video session this week. Many insurance plans accepted.
Hearing Test, Free | Free hearing screening at any Clearsound center. Results in 20 minutes.
Mammogram Screening | Schedule your annual screening. Evening and Saturday appointments.
Telehealth Visits | See a doctor by video for colds, rashes and minor injuries. $49 without insurance.
Sleep Study at Home | Diagnose snoring and sleep apnea with an at-home test reviewed by a sleep physician.
Pediatric Dentist | Kid-friendly dental care with TVs on the ceiling and prize boxes.
Chiropractic Care | New patient exam and adjustment $59 at Align Chiropractic.
Diabetes Education Classes | Free classes on meal planning and glucose monitoring, led by certified educators.
!Blood Donation Drive | Donate blood at City Hall on Friday. Every donation helps up to 3 patients.
Maternity Care | Meet our midwives and OB team. Tour the birthing center.
Dermatology Appointments | Board-certified dermatologists for acne, eczema and skin checks.
Allergy Testing | Find out what triggers your symptoms. Appointments within a week.
Senior Home Care | Trusted caregivers for bathing, meals and companionship. Free in-home assessment.
Vision Screening for Kids | Free screenings at the Community Health Fair, Saturday 10-2.
!Quit Smoking Program | Free coaching and support to help you quit. Call the state quitline.
Mental Health First Aid Training | 8-hour certification course for workplaces and community groups.
Physical Exams for Sports | Sports physicals $35 at QuickCare. Forms for all local schools.
Hospital Price Estimator | Compare costs for common procedures before your visit.
Stroke Awareness Month | Know the signs: face drooping, arm weakness, speech difficulty. Call 911.
Nutritionist Consultations | Work with a registered dietitian. Covered by many insurance plans.
!Home COVID and Flu Test Kits | Available at pharmacy counters and online. Results in 15 minutes.
Eye Surgery Consultation | Find out if you're a candidate for LASIK. Free consultation with a surgeon.
Medical Alert Systems | Fall detection and 24/7 monitoring for seniors living alone.
@ vertical=beauty lang=en
Vitamin C Serum | 15% L-ascorbic acid with vitamin E and ferulic acid. Brighter-looking skin with daily use.
Clean Beauty Foundation | 40 shades, buildable coverage, SPF 20. Find your shade with our online quiz.
Salon Appointments Online | Haircuts, color and blowouts at Studio Nine. Book in seconds.
Gentle Cleanser for Sensitive Skin | Fragrance-free, dermatologist-tested, pH balanced.
~For Sensitive Skin | Our fragrance-free cleanser is tested by dermatologists and gentle enough for daily use.
Beard Oil | Argan and jojoba blend that softens and tames. Cedar or unscented.
Nail Salon Open Sundays | Gel manicure $35, pedicure $40. Walk-ins welcome.
Curly Hair Products | Sulfate-free shampoo and curl cream designed for 3A-4C hair.
Sunscreen SPF 50 | Lightweight mineral sunscreen with no white cast. Reef-friendly.
Lash Lift and Tint | Salon-quality lash lift that lasts 6-8 weeks. Book at Glow Bar.
Men's Grooming Kit | Trimmer, razor and shave gel in one gift box. $49.
Fragrance Samples | Try 5 scents for $12, get the amount credited to a full bottle.
Hair Color at Home | Salon-quality permanent color with a free shade consultation.
Makeup Artist for Weddings | Bridal makeup and trials. On-location services.
Barber Shop Walk-Ins | Fades, tapers and hot towel shaves at Kings Corner. $30 cuts.
Moisturizer With Ceramides | Repairs the skin barrier in dry winter weather.
Skincare Subscription | Three full-size products every quarter picked for your skin type.
Eyebrow Threading | Quick, precise brow shaping. $15 at the mall kiosk.
Natural Deodorant | Aluminum-free deodorant in 8 scents. Trial size $6.
Hair Removal Laser Consultation | Licensed technicians, package pricing, free patch test.
Massage Therapy | 60-minute Swedish or deep tissue massage. First visit $59.
Bath Bombs Handmade | Essential oil bath bombs, 6 for $25. Great for gifts.
Tinted Lip Balm | SPF 15, 6 sheer shades, vegan formula.
@ vertical=fitness lang=en
First Class Free | Try any yoga, cycle or HIIT class free at Pulse Studio. Book on the app.
Gym Membership $10/Month | No contract, 24/7 access, free fitness assessment.
Personal Trainer Packages | 10 sessions with a certified trainer, custom program included.
Home Workout App | 15-minute workouts with no equipment. 7-day free trial.
Marathon Training Plan | Free 18-week plan for first-time marathoners. Download now.
Adjustable Dumbbells | 5-52.5 lbs in one pair. Replace 15 sets of weights.
Rowing Machine | Water resistance, foldable, connects to training apps. $899.
Climbing Gym Day Pass | Bouldering and top rope, gear rental available. Intro classes nightly.
Swim Lessons for All Ages | Small groups, certified instructors, heated indoor pool.
Pilates Reformer Classes | Intro package: 3 classes for $49.
Martial Arts for Kids | Confidence, focus and fitness. Free trial week.
Couch to 5K | Join our free 9-week beginner running group. Tuesdays and Saturdays.
Cycling Shoes and Clips | Clipless pedals and shoes bundle. Fit guidance included.
Yoga Mats | Non-slip natural rubber, 5mm thick. 10 colors.
Senior Fitness Classes | Low-impact strength and balance classes. Free for members 65+.
Corporate Wellness Programs | Onsite fitness classes and wellness challenges for teams.
Tennis Lessons | Group clinics and private lessons at Riverside Tennis Club.
Smart Jump Rope | Counts reps and calories. Syncs with your phone.
Foam Rollers and Massage Guns | Recover faster after training. Bundle and save 15%.
CrossFit Foundations | Learn the movements safely in our 4-week on-ramp course.
Dance Fitness | Zumba and hip-hop cardio classes every evening. Drop in for $12.
Hiking Club | Weekend group hikes with certified guides. All levels welcome.
Stretching Studio | Assisted stretch sessions to improve mobility. First session half price.
Sports Nutrition Counseling | Fuel plans for endurance athletes with a sports dietitian.
"""
